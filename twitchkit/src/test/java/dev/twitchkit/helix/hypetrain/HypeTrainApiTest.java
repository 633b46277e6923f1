package dev.twitchkit.helix.hypetrain;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.eventsub.event.HypeTrainContribution;
import dev.twitchkit.eventsub.event.HypeTrainContributionType;
import dev.twitchkit.eventsub.event.HypeTrainType;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HypeTrainApiTest {
    private static MockTwitch twitch;
    private static App app;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void aRunningTrainShowsItsLevelAndTopContributionsThenOnlyTheRecordRemains() {
        MockUser streamer = twitch.createUser("Streamer", "channel:read:hype_train");
        MockUser cheerer = twitch.createUser("Cheerer");
        MockUser subber = twitch.createUser("Subber");
        HelixApi api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        assertThat(await(api.hypeTrain().getHypeTrainStatus()))
                .isEqualTo(new HypeTrainStatus(null, null, null));
        try (EventProbe probe = EventProbe.start(twitch, streamer, "channel:read:hype_train")
                .subscribe("channel.hype_train.begin", "2", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("channel.hype_train.progress", "1", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("channel.hype_train.end", "2", Map.of("broadcaster_user_id", streamer.id()))) {
            twitch.contributeToHypeTrain(cheerer.id(), streamer.id(), "bits", 900);
            twitch.contributeToHypeTrain(subber.id(), streamer.id(), "subscription", 500);
            twitch.clearHelixRequests();

            HypeTrainStatus status = await(api.hypeTrain().getHypeTrainStatus());

            assertThat(twitch.helixRequests()).singleElement().satisfies(r -> {
                assertThat(r.route()).isEqualTo("GET /hypetrain/status");
                assertThat(r.param("broadcaster_id")).contains(streamer.id());
            });
            HypeTrain train = status.current();
            assertThat(train.id()).isNotBlank();
            assertThat(train.broadcasterUserId()).isEqualTo(streamer.id());
            assertThat(train.broadcasterUserLogin()).isEqualTo("streamer");
            assertThat(train.broadcasterUserName()).isEqualTo("Streamer");
            assertThat(train.level()).isEqualTo(2);
            assertThat(train.total()).isEqualTo(1400);
            assertThat(train.progress()).isEqualTo(400);
            assertThat(train.goal()).isEqualTo(1000);
            assertThat(train.topContributions()).containsExactly(
                    new HypeTrainContribution(cheerer.id(), "cheerer", "Cheerer", HypeTrainContributionType.BITS,
                            900),
                    new HypeTrainContribution(subber.id(), "subber", "Subber",
                            HypeTrainContributionType.SUBSCRIPTION, 500));
            assertThat(train.sharedTrainParticipants()).isEmpty();
            assertThat(train.startedAt()).isBefore(train.expiresAt());
            assertThat(train.type()).isEqualTo(HypeTrainType.REGULAR);
            assertThat(train.isSharedTrain()).isFalse();
            assertThat(status.allTimeHigh().level()).isEqualTo(2);
            assertThat(status.allTimeHigh().total()).isEqualTo(1400);
            assertThat(status.allTimeHigh().achievedAt()).isNotNull();
            assertThat(status.sharedAllTimeHigh()).isNull();

            JsonNode begin = probe.await("channel.hype_train.begin",
                    e -> e.get("id").asString().equals(train.id()));
            assertThat(begin.get("total").asInt()).isEqualTo(900);
            assertThat(begin.get("top_contributions").get(0).get("user_id").asString()).isEqualTo(cheerer.id());
            assertThat(begin.get("is_shared_train").asBoolean()).isFalse();
            JsonNode progress = probe.await("channel.hype_train.progress",
                    e -> e.get("id").asString().equals(train.id()));
            assertThat(progress.get("level").asInt()).isEqualTo(2);
            assertThat(progress.get("last_contribution").get("user_id").asString()).isEqualTo(subber.id());
            assertThat(progress.get("last_contribution").get("total").asInt()).isEqualTo(500);

            twitch.clock().advance(Duration.ofMinutes(6));
            JsonNode end = probe.await("channel.hype_train.end",
                    e -> e.get("id").asString().equals(train.id()));
            assertThat(end.get("level").asInt()).isEqualTo(2);
            assertThat(end.get("total").asInt()).isEqualTo(1400);
            assertThat(Instant.parse(end.get("ended_at").asString())).isEqualTo(train.expiresAt());
            HypeTrainStatus after = await(api.hypeTrain().getHypeTrainStatus());
            assertThat(after.current()).isNull();
            assertThat(after.allTimeHigh()).isEqualTo(status.allTimeHigh());
        }
    }

    @Test
    void theScopeIsCheckedBeforeARequest() {
        MockUser viewer = twitch.createUser("Viewer");
        HelixApi api = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        twitch.clearHelixRequests();

        assertThat(failure(api.hypeTrain().getHypeTrainStatus())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:read:hype_train");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
