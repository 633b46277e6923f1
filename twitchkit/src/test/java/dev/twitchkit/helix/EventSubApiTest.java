package dev.twitchkit.helix;

import dev.twitchkit.helix.eventsub.CreatedSubscription;
import dev.twitchkit.helix.eventsub.EventSubSubscription;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.helix.eventsub.SubscriptionFilter;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.SubscriptionRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create, list and delete EventSub subscriptions on a real WebSocket session of the mock. */
class EventSubApiTest {
    private MockTwitch twitch;
    private App app;
    private MockUser streamer;
    private HelixApi api;
    private WelcomedSocket socket;
    private String sessionId;

    @BeforeEach
    void start() throws Exception {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("streamer", "moderator:read:followers", "user:read:chat", "channel:bot");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        socket = WelcomedSocket.connect(twitch.urls().eventSubWebSocket());
        sessionId = socket.sessionId();
    }

    @AfterEach
    void stop() {
        socket.close();
        app.close();
        twitch.close();
    }

    @Test
    void createReturnsTheSubscriptionAndTheCostTotals() {
        CreatedSubscription created = await(api.eventSub().createSubscription("channel.follow", "2",
                Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id()),
                EventSubTransport.webSocket(sessionId)));

        EventSubSubscription sub = created.subscription();
        assertThat(sub.id()).isNotBlank();
        assertThat(sub.type()).isEqualTo("channel.follow");
        assertThat(sub.version()).isEqualTo("2");
        assertThat(sub.status()).isEqualTo("enabled");
        assertThat(sub.condition()).containsEntry("broadcaster_user_id", streamer.id());
        assertThat(sub.transport().method()).isEqualTo("websocket");
        assertThat(sub.transport().sessionId()).isEqualTo(sessionId);
        assertThat(sub.createdAt()).isNotNull();
        assertThat(created.total()).isEqualTo(1);
        assertThat(created.maxTotalCost()).isPositive();

        SubscriptionRequest recorded = twitch.takeSubscriptionRequest();
        assertThat(recorded.type()).isEqualTo("channel.follow");
        assertThat(recorded.condition()).containsEntry("moderator_user_id", streamer.id());
    }

    @Test
    void listFiltersAndDeleteRemoves() {
        String follow = create("channel.follow", "2",
                Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id()));
        String chat = create("channel.chat.message", "1",
                Map.of("broadcaster_user_id", streamer.id(), "user_id", streamer.id()));

        Paginator<EventSubSubscription> all = api.eventSub().listSubscriptions();
        assertThat(all.stream().map(EventSubSubscription::id).toList()).containsExactlyInAnyOrder(follow, chat);
        assertThat(all.lastPage().orElseThrow().total()).hasValue(2);

        assertThat(await(api.eventSub().listSubscriptions(SubscriptionFilter.type("channel.chat.message")).all()))
                .extracting(EventSubSubscription::id).containsExactly(chat);
        assertThat(await(api.eventSub().listSubscriptions(SubscriptionFilter.status("enabled")).all())).hasSize(2);
        assertThat(await(api.eventSub().listSubscriptions(SubscriptionFilter.userId(streamer.id())).all()))
                .hasSize(2);

        await(api.eventSub().deleteSubscription(follow));
        assertThat(await(api.eventSub().listSubscriptions().all()))
                .extracting(EventSubSubscription::id).containsExactly(chat);
        assertThat(failure(api.eventSub().deleteSubscription(follow))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDuplicateIsAConflictAndABadTypeABadRequest() {
        Map<String, String> condition = Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id());
        create("channel.follow", "2", condition);

        assertThat(failure(api.eventSub().createSubscription("channel.follow", "2", condition,
                EventSubTransport.webSocket(sessionId)))).isInstanceOf(ConflictException.class);
        assertThat(failure(api.eventSub().createSubscription("channel.nonsense", "1", condition,
                EventSubTransport.webSocket(sessionId)))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() {
        assertThatThrownBy(() -> api.eventSub().createSubscription(" ", "1", Map.of(),
                EventSubTransport.webSocket(sessionId))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventSubTransport.webSocket("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.eventSub().deleteSubscription(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theAppTokenCannotCreateWebSocketSubscriptions() {
        await(app.authorize());
        Throwable error = failure(app.application().eventSub().createSubscription("channel.follow", "2",
                Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id()),
                EventSubTransport.webSocket(sessionId)));
        assertThat(error).isInstanceOfAny(BadRequestException.class, ForbiddenException.class);
        assertThat(List.of(400, 403)).contains(((HelixException) error).status());
    }

    private String create(String type, String version, Map<String, String> condition) {
        return await(api.eventSub().createSubscription(type, version, condition,
                EventSubTransport.webSocket(sessionId))).subscription().id();
    }
}
