package dev.twitchkit.helix.bits;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.ChannelCheerEvent;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.helix.extensions.BitsCost;
import dev.twitchkit.helix.extensions.BitsProduct;
import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Bits endpoint end to end against the mock, and the limits kept before a request. */
class BitsApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser top;
    private static MockUser second;
    private static MockUser third;
    private static HelixApi streamerApi;
    private static HelixApi viewerApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "bits:read");
        top = twitch.createUser("TopCheerer");
        second = twitch.createUser("SecondCheerer");
        third = twitch.createUser("ThirdCheerer");
        twitch.cheer(streamer.id(), top.id(), 500);
        twitch.cheer(streamer.id(), second.id(), 300);
        twitch.cheer(streamer.id(), top.id(), 100);
        twitch.cheer(streamer.id(), third.id(), 50);
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        viewerApi = await(app.addUser(top.accessToken(), top.refreshToken()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void theLeaderboardRanksTheChannelsCheerers() {
        BitsLeaderboard allTime = await(streamerApi.bits().getBitsLeaderboard());

        assertThat(allTime.leaders()).containsExactly(
                new BitsLeader(top.id(), "topcheerer", "TopCheerer", 1, 600),
                new BitsLeader(second.id(), "secondcheerer", "SecondCheerer", 2, 300),
                new BitsLeader(third.id(), "thirdcheerer", "ThirdCheerer", 3, 50));
        assertThat(allTime.total()).isEqualTo(3);
        assertThat(allTime.dateRange()).isEqualTo(new DateRange(null, null));
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /bits/leaderboard");
        assertThat(request.userId()).isEqualTo(streamer.id());
        assertThat(request.param("count")).contains("10");
        assertThat(request.param("period")).contains("all");
        assertThat(request.param("started_at")).isEmpty();
    }

    @Test
    void aPeriodHasItsWindowAndAUserCentresTheList() {
        Instant now = twitch.clock().instant();
        BitsLeaderboard today = await(streamerApi.bits().getBitsLeaderboard(1, BitsPeriod.DAY, now, third.id()));
        BitsLeaderboard longAgo = await(streamerApi.bits().getBitsLeaderboard(10, BitsPeriod.YEAR,
                now.minus(Duration.ofDays(800)), null));

        assertThat(today.leaders()).containsExactly(new BitsLeader(third.id(), "thirdcheerer", "ThirdCheerer", 3,
                50));
        assertThat(today.dateRange().startedAt()).isBeforeOrEqualTo(now);
        assertThat(Duration.between(today.dateRange().startedAt(), today.dateRange().endedAt()).toHours())
                .isBetween(23L, 25L);
        assertThat(longAgo.leaders()).isEmpty();
        assertThat(longAgo.total()).isZero();
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.param("period")).contains("day");
        assertThat(request.param("started_at")).contains(now.toString());
        assertThat(request.param("user_id")).contains(third.id());
        assertThat(request.param("count")).contains("1");
    }

    @Test
    void cheermotesAreGlobalPlusTheChannelsOwn() {
        List<Cheermote> global = await(streamerApi.bits().getCheermotes());
        List<Cheermote> withChannel = await(app.application().bits().getCheermotes(streamer.id()));

        assertThat(global).extracting(Cheermote::prefix).containsExactly("Cheer", "DoodleCheer", "Charity");
        assertThat(withChannel).extracting(Cheermote::type).containsExactly("global_first_party",
                "global_third_party", "global_first_party", "channel_custom");
        Cheermote cheer = global.get(0);
        assertThat(cheer.order()).isEqualTo(1);
        assertThat(cheer.lastUpdated()).isEqualTo(Instant.parse("2018-05-22T00:06:04Z"));
        assertThat(cheer.isCharitable()).isFalse();
        assertThat(global.get(2).isCharitable()).isTrue();
        CheermoteTier first = cheer.tiers().get(0);
        assertThat(first.minBits()).isEqualTo(1);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.color()).isEqualTo("#979797");
        assertThat(first.canCheer()).isTrue();
        assertThat(first.showInBitsCard()).isTrue();
        assertThat(first.images().dark().animated()).containsKeys("1", "1.5", "2", "3", "4");
        assertThat(first.images().light().staticImages().get("1")).endsWith(".png");
        assertThat(cheer.tiers()).extracting(CheermoteTier::minBits).containsExactly(1, 100, 1000, 5000, 10000);
        assertThat(twitch.helixRequests()).extracting(r -> r.param("broadcaster_id").orElse(null))
                .containsExactly(null, streamer.id());
    }

    @Test
    void extensionTransactionsArePagedAndFilteredByIdWithTheAppToken() {
        MockExtension extension = twitch.registerExtension(streamer.id());
        HelixApi appApi = app.application();
        await(appApi.extensions().updateExtensionBitsProduct(new BitsProduct("sword", BitsCost.bits(100), false,
                "Sword", null, false)));
        String first = twitch.addExtensionTransaction(streamer.id(), top.id(), "sword");
        String secondId = twitch.addExtensionTransaction(streamer.id(), second.id(), "sword");
        String thirdId = twitch.addExtensionTransaction(streamer.id(), third.id(), "sword");
        twitch.clearHelixRequests();

        Paginator<ExtensionTransaction> pages = appApi.bits().getExtensionTransactions(extension.id(), List.of());
        List<ExtensionTransaction> all = await(pages.all());
        List<ExtensionTransaction> one = await(appApi.bits().getExtensionTransactions(extension.id(),
                List.of(first)).all());

        assertThat(all).extracting(ExtensionTransaction::id).containsExactly(thirdId, secondId, first);
        ExtensionTransaction bought = one.get(0);
        assertThat(bought.id()).isEqualTo(first);
        assertThat(bought.timestamp()).isNotNull();
        assertThat(bought.broadcasterId()).isEqualTo(streamer.id());
        assertThat(bought.broadcasterLogin()).isEqualTo("streamer");
        assertThat(bought.broadcasterName()).isEqualTo("Streamer");
        assertThat(bought.userId()).isEqualTo(top.id());
        assertThat(bought.userLogin()).isEqualTo("topcheerer");
        assertThat(bought.userName()).isEqualTo("TopCheerer");
        assertThat(bought.productType()).isEqualTo("BITS_IN_EXTENSION");
        assertThat(bought.productData()).isEqualTo(new ExtensionTransaction.ProductData("sword",
                "twitch.ext." + extension.id(), BitsCost.bits(100), false, "Sword", "", false));
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /extensions/transactions");
        assertThat(request.param("extension_id")).contains(extension.id());
        assertThat(request.param("first")).contains("100");
        assertThat(request.userId()).isNull();
        assertThat(twitch.helixRequests().get(1).params("id")).containsExactly(first);

        assertThat(failure(streamerApi.bits().getExtensionTransactions(extension.id(), List.of()).all()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app access token");
    }

    @Test
    void customPowerUpsOfTheTokensChannelAreABetaEndpoint() {
        String intro = twitch.addCustomPowerUp(streamer.id(), "Intro song", "Which song?", 100);
        String confetti = twitch.addCustomPowerUp(streamer.id(), "Confetti", "", 500);

        List<CustomPowerUp> all = await(streamerApi.bits().getCustomPowerUp());
        List<CustomPowerUp> one = await(streamerApi.bits().getCustomPowerUp(streamer.id(), List.of(confetti)));

        assertThat(BitsApi.GET_CUSTOM_POWER_UP.status()).isEqualTo(Endpoint.Status.BETA);
        assertThat(all).extracting(CustomPowerUp::id).containsExactly(intro, confetti);
        CustomPowerUp song = all.get(0);
        assertThat(song.broadcasterId()).isEqualTo(streamer.id());
        assertThat(song.broadcasterLogin()).isEqualTo("streamer");
        assertThat(song.broadcasterName()).isEqualTo("Streamer");
        assertThat(song.title()).isEqualTo("Intro song");
        assertThat(song.prompt()).isEqualTo("Which song?");
        assertThat(song.bits()).isEqualTo(100);
        assertThat(song.image()).isNull();
        assertThat(song.defaultImage().url1x()).endsWith("1.png");
        assertThat(song.defaultImage().url4x()).endsWith("4.png");
        assertThat(song.backgroundColor()).startsWith("#");
        assertThat(song.isEnabled()).isTrue();
        assertThat(song.isUserInputRequired()).isTrue();
        assertThat(song.maxPerStreamSetting()).isEqualTo(new CustomPowerUp.MaxPerStream(false, 0));
        assertThat(song.maxPerUserPerStreamSetting()).isEqualTo(new CustomPowerUp.MaxPerUserPerStream(false, 0));
        assertThat(song.globalCooldownSetting()).isEqualTo(new CustomPowerUp.GlobalCooldown(false, 0));
        assertThat(song.isPaused()).isFalse();
        assertThat(song.isInStock()).isTrue();
        assertThat(song.redemptionsRedeemedCurrentStream()).isNull();
        assertThat(song.cooldownExpiresAt()).isNull();
        assertThat(one).extracting(CustomPowerUp::title).containsExactly("Confetti");
        assertThat(twitch.helixRequests().get(1).params("id")).containsExactly(confetti);
        assertThat(twitch.helixRequests().get(1).param("broadcaster_id")).contains(streamer.id());
    }

    @Test
    void aCheerCountsOnTheLeaderboardAndArrivesAsChannelCheer() {
        MockUser channel = twitch.createUser("CheeredChannel", "bits:read");
        List<ChannelCheerEvent> cheers = new CopyOnWriteArrayList<>();
        try (ClientUser client = EventSubTestAccess.client(twitch)) {
            client.on(ChannelCheerEvent.class, n -> cheers.add(n.event()));
            await(client.start(channel.accessToken(), channel.refreshToken()));
            await(client.eventsub().channelCheer(channel.id()));

            twitch.cheer(channel.id(), second.id(), 250);

            EventSubTestAccess.awaitTrue("the cheer arrives", () -> !cheers.isEmpty());
        }
        ChannelCheerEvent cheer = cheers.get(0);
        assertThat(cheer.broadcasterUserId()).isEqualTo(channel.id());
        assertThat(cheer.userId()).isEqualTo(second.id());
        assertThat(cheer.userLogin()).isEqualTo("secondcheerer");
        assertThat(cheer.isAnonymous()).isFalse();
        assertThat(cheer.bits()).isEqualTo(250);
        assertThat(cheer.message()).isEqualTo("Cheer250");
        HelixApi channelApi = await(app.addUser(channel.accessToken(), channel.refreshToken()));
        assertThat(await(channelApi.bits().getBitsLeaderboard()).leaders())
                .containsExactly(new BitsLeader(second.id(), "secondcheerer", "SecondCheerer", 1, 250));
    }

    @Test
    void limitsAndScopesAreKeptBeforeAnyRequest() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> streamerApi.bits().getBitsLeaderboard(101, BitsPeriod.ALL, null, null))
                .hasMessageContaining("count must be between 1 and 100");
        assertThatThrownBy(() -> streamerApi.bits().getBitsLeaderboard(0, BitsPeriod.ALL, null, null))
                .hasMessageContaining("count must be between 1 and 100");
        assertThatThrownBy(() -> streamerApi.bits().getBitsLeaderboard(10, BitsPeriod.WEEK, null, null))
                .hasMessageContaining("startedAt is required");
        assertThatThrownBy(() -> streamerApi.bits().getBitsLeaderboard(10, BitsPeriod.ALL, now, null))
                .hasMessageContaining("no startedAt");
        assertThatThrownBy(() -> app.application().bits().getExtensionTransactions("ext",
                Collections.nCopies(101, "id"))).hasMessageContaining("at most 100 ids");
        assertThatThrownBy(() -> streamerApi.bits().getCustomPowerUp(streamer.id(), Collections.nCopies(51, "id")))
                .hasMessageContaining("at most 50 ids");
        assertThat(failure(viewerApi.bits().getBitsLeaderboard())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("bits:read");
        assertThat(failure(viewerApi.bits().getCustomPowerUp())).isInstanceOf(MissingScopeException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
