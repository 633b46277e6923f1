package dev.twitchkit.helix.ads;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.RateLimitedException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class AdsApiTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static HelixApi api;
    private static HelixApi noScopeApi;
    private static EventProbe probe;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("Streamer", "channel:edit:commercial", "channel:read:ads",
                "channel:manage:ads");
        MockUser viewer = twitch.createUser("Viewer");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        noScopeApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        probe = EventProbe.start(twitch, streamer, "channel:read:ads")
                .subscribe("channel.ad_break.begin", "1", Map.of("broadcaster_user_id", streamer.id()));
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
    void aCommercialRaisesAdBreakBeginAndShowsInTheSchedule() {
        Commercial commercial = await(api.ads().startCommercial(90));

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("POST /channels/commercial");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("broadcaster_id").asString()).isEqualTo(streamer.id());
        assertThat(body.get("length").asInt()).isEqualTo(90);
        assertThat(commercial).isEqualTo(new Commercial(90, "", 480));
        JsonNode event = probe.await("channel.ad_break.begin", e -> e.get("duration_seconds").asInt() == 90);
        assertThat(event.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(event.get("requester_user_id").asString()).isEqualTo(streamer.id());
        assertThat(event.get("is_automatic").asBoolean()).isFalse();
        assertThat(failure(api.ads().startCommercial(30))).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("cooldown");

        AdSchedule schedule = await(api.ads().getAdSchedule());

        assertThat(twitch.helixRequests().get(2).route()).isEqualTo("GET /channels/ads");
        assertThat(twitch.helixRequests().get(2).param("broadcaster_id")).contains(streamer.id());
        assertThat(schedule.lastAdAt()).isBetween(Instant.parse(event.get("started_at").asString())
                .minusSeconds(1), Instant.parse(event.get("started_at").asString()).plusSeconds(1));
        assertThat(schedule.nextAdAt()).isAfter(schedule.lastAdAt());
        assertThat(schedule.duration()).isEqualTo(60);
        assertThat(schedule.prerollFreeTime()).isEqualTo(1800);
        assertThat(schedule.snoozeCount()).isEqualTo(3);
        assertThat(schedule.snoozeRefreshAt()).isNull();
    }

    @Test
    void aSnoozePushesTheNextAdBackFiveMinutesUntilNoneIsLeft() {
        AdSchedule before = await(api.ads().getAdSchedule());

        SnoozedAd snoozed = await(api.ads().snoozeNextAd());

        MockHelixRequest request = twitch.helixRequests().get(1);
        assertThat(request.route()).isEqualTo("POST /channels/ads/schedule/snooze");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(snoozed.snoozeCount()).isEqualTo(before.snoozeCount() - 1);
        assertThat(snoozed.nextAdAt()).isEqualTo(before.nextAdAt().plus(Duration.ofMinutes(5)));
        assertThat(snoozed.snoozeRefreshAt()).isNotNull();
        while (await(api.ads().getAdSchedule()).snoozeCount() > 0) {
            await(api.ads().snoozeNextAd());
        }
        assertThat(failure(api.ads().snoozeNextAd())).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("no snoozes left");
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> api.ads().startCommercial(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.ads().startCommercial(181)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("180");
        assertThat(failure(noScopeApi.ads().startCommercial(30))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:edit:commercial");
        assertThat(failure(noScopeApi.ads().getAdSchedule())).isInstanceOf(MissingScopeException.class);
        assertThat(failure(noScopeApi.ads().snoozeNextAd())).isInstanceOf(MissingScopeException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
