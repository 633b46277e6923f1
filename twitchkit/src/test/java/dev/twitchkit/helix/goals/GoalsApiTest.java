package dev.twitchkit.helix.goals;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GoalsApiTest {
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
    void activeGoalsCountTheChannelsFollowersAndSubscribers() {
        MockUser streamer = twitch.createUser("Streamer", "channel:read:goals");
        HelixApi api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        String followerGoal;
        String subGoal;
        try (EventProbe probe = EventProbe.start(twitch, streamer, "channel:read:goals")
                .subscribe("channel.goal.begin", "1", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("channel.goal.progress", "1", Map.of("broadcaster_user_id", streamer.id()))) {
            followerGoal = twitch.createGoal(streamer.id(), "follower", "Road to 3", 3);
            subGoal = twitch.createGoal(streamer.id(), "subscription", "", 10);
            JsonNode begun = probe.await("channel.goal.begin", e -> e.get("id").asString().equals(followerGoal));
            assertThat(begun.get("type").asString()).isEqualTo("follow");
            assertThat(begun.get("current_amount").asInt()).isZero();
            assertThat(begun.get("target_amount").asInt()).isEqualTo(3);
            for (String login : List.of("a", "b")) {
                MockUser fan = twitch.createUser(login);
                twitch.follow(fan.id(), streamer.id());
                twitch.subscribe(fan.id(), streamer.id(), "3000");
            }
            probe.await("channel.goal.progress", e -> e.get("id").asString().equals(followerGoal)
                    && e.get("current_amount").asInt() == 2);
            probe.await("channel.goal.progress", e -> e.get("id").asString().equals(subGoal)
                    && e.get("current_amount").asInt() == 12);
        }
        twitch.clearHelixRequests();

        List<CreatorGoal> goals = await(api.goals().getCreatorGoals());

        assertThat(twitch.helixRequests()).singleElement().satisfies(r -> {
            assertThat(r.route()).isEqualTo("GET /goals");
            assertThat(r.param("broadcaster_id")).contains(streamer.id());
        });
        assertThat(goals).hasSize(2);
        CreatorGoal follow = goals.get(0);
        assertThat(follow.id()).isEqualTo(followerGoal);
        assertThat(follow.broadcasterId()).isEqualTo(streamer.id());
        assertThat(follow.broadcasterName()).isEqualTo("Streamer");
        assertThat(follow.broadcasterLogin()).isEqualTo("streamer");
        assertThat(follow.type()).isEqualTo(CreatorGoalType.FOLLOWER);
        assertThat(follow.description()).isEqualTo("Road to 3");
        assertThat(follow.currentAmount()).isEqualTo(2);
        assertThat(follow.targetAmount()).isEqualTo(3);
        assertThat(follow.createdAt()).isNotNull();
        assertThat(goals.get(1).id()).isEqualTo(subGoal);
        assertThat(goals.get(1).type()).isEqualTo(CreatorGoalType.SUBSCRIPTION);
        assertThat(goals.get(1).currentAmount()).isEqualTo(12);
    }

    @Test
    void theScopeIsCheckedBeforeARequest() {
        MockUser viewer = twitch.createUser("Viewer");
        HelixApi api = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        twitch.clearHelixRequests();

        assertThat(failure(api.goals().getCreatorGoals())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:read:goals");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
