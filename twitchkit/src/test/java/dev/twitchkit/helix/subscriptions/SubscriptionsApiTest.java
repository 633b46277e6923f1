package dev.twitchkit.helix.subscriptions;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.eventsub.event.SubTier;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionsApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser fan;
    private static MockUser giftee;
    private static MockUser gifter;
    private static HelixApi streamerApi;
    private static HelixApi fanApi;
    private static HelixApi gifteeApi;
    private static EventProbe probe;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("Streamer", "channel:read:subscriptions");
        fan = twitch.createUser("Fan", "user:read:subscriptions");
        giftee = twitch.createUser("Giftee", "user:read:subscriptions");
        gifter = twitch.createUser("Gifter");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        fanApi = await(app.addUser(fan.accessToken(), fan.refreshToken()));
        gifteeApi = await(app.addUser(giftee.accessToken(), giftee.refreshToken()));
        probe = EventProbe.start(twitch, streamer, "channel:read:subscriptions")
                .subscribe("channel.subscribe", "1", Map.of("broadcaster_user_id", streamer.id()));
        twitch.subscribe(fan.id(), streamer.id(), "2000");
        twitch.giftSubscription(gifter.id(), giftee.id(), streamer.id(), "1000");
    }

    @AfterAll
    static void stop() {
        probe.close();
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void seedingASubscriptionRaisesChannelSubscribe() {
        JsonNode bought = probe.await("channel.subscribe", e -> e.get("user_id").asString().equals(fan.id()));
        assertThat(bought.get("tier").asString()).isEqualTo("2000");
        assertThat(bought.get("is_gift").asBoolean()).isFalse();
        JsonNode gift = probe.await("channel.subscribe", e -> e.get("user_id").asString().equals(giftee.id()));
        assertThat(gift.get("is_gift").asBoolean()).isTrue();
        assertThat(gift.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
    }

    @Test
    void theBroadcasterListsSubscribersWithGiftersAndTheTotal() {
        Paginator<BroadcasterSubscription> subscribers = streamerApi.subscriptions().getBroadcasterSubscriptions();
        List<BroadcasterSubscription> all = await(subscribers.all());

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /subscriptions");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.param("first")).contains("100");
        assertThat(subscribers.lastPage().orElseThrow().total()).hasValue(2);
        assertThat(all).containsExactly(
                new BroadcasterSubscription(streamer.id(), "streamer", "Streamer", "", "", "", false,
                        "Channel Subscription (streamer)", SubTier.TIER_2, fan.id(), "Fan", "fan"),
                new BroadcasterSubscription(streamer.id(), "streamer", "Streamer", gifter.id(), "gifter", "Gifter",
                        true, "Channel Subscription (streamer)", SubTier.TIER_1, giftee.id(), "Giftee", "giftee"));

        twitch.clearHelixRequests();
        assertThat(await(streamerApi.subscriptions().getBroadcasterSubscriptions(streamer.id(),
                List.of(giftee.id(), gifter.id())))).extracting(BroadcasterSubscription::userId)
                .containsExactly(giftee.id());
        assertThat(twitch.helixRequests().get(0).params("user_id")).containsExactly(giftee.id(), gifter.id());
    }

    @Test
    void aUserChecksTheirSubscription() {
        Optional<UserSubscription> gifted = await(gifteeApi.subscriptions().checkUserSubscription(streamer.id()));

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /subscriptions/user");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.param("user_id")).contains(giftee.id());
        assertThat(gifted).contains(new UserSubscription(streamer.id(), "streamer", "Streamer", gifter.id(),
                "gifter", "Gifter", true, SubTier.TIER_1));
        assertThat(await(fanApi.subscriptions().checkUserSubscription(streamer.id())).orElseThrow().gifterId())
                .isNull();
        assertThat(await(fanApi.subscriptions().checkUserSubscription(gifter.id()))).isEmpty();
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.subscriptions().getBroadcasterSubscriptions(streamer.id(),
                Collections.nCopies(101, "1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> streamerApi.subscriptions().getBroadcasterSubscriptions(streamer.id(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(failure(fanApi.subscriptions().getBroadcasterSubscriptions().all()))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("channel:read:subscriptions");
        assertThat(failure(streamerApi.subscriptions().checkUserSubscription(fan.id())))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("user:read:subscriptions");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
