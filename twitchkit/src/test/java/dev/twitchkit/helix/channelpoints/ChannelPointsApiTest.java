package dev.twitchkit.helix.channelpoints;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.ForbiddenException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.mock.MockClient;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ChannelPointsApiTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static MockTwitch twitch;
    private static App app;
    private static App otherApp;
    private static App readOnlyApp;
    private static MockUser streamer;
    private static MockUser viewer;
    private static HelixApi api;
    private static HelixApi otherClientApi;
    private static HelixApi readOnlyApi;
    private static EventProbe probe;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("Streamer", "channel:manage:redemptions");
        viewer = twitch.createUser("Viewer");
        twitch.setBroadcasterType(streamer.id(), "affiliate");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        MockUser readOnly = twitch.issueToken(streamer.id(), "channel:read:redemptions");
        readOnlyApp = AppTestSupport.builder(twitch).build();
        readOnlyApi = await(readOnlyApp.addUser(readOnly.accessToken(), readOnly.refreshToken()));
        MockClient other = twitch.registerClient("other app");
        otherApp = AppTestSupport.builder(twitch, other.clientId(), other.clientSecret()).build();
        MockUser otherToken = twitch.issueToken(other, streamer.id(), "channel:manage:redemptions");
        otherClientApi = await(otherApp.addUser(otherToken.accessToken(), otherToken.refreshToken()));
        Map<String, String> channel = Map.of("broadcaster_user_id", streamer.id());
        probe = EventProbe.start(twitch, streamer, "channel:read:redemptions")
                .subscribe("channel.channel_points_custom_reward.add", "1", channel)
                .subscribe("channel.channel_points_custom_reward.update", "1", channel)
                .subscribe("channel.channel_points_custom_reward.remove", "1", channel)
                .subscribe("channel.channel_points_custom_reward_redemption.add", "1", channel)
                .subscribe("channel.channel_points_custom_reward_redemption.update", "1", channel);
    }

    @AfterAll
    static void stop() {
        probe.close();
        otherApp.close();
        readOnlyApp.close();
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void createCustomRewardSendsTheSettingsBindsTheRewardAndRaisesAdd() {
        CustomRewardRequest request = CustomRewardRequest.create("Hydrate", 500).prompt("How much?", true)
                .backgroundColor("#00E5CB").maxPerStream(5).maxPerUserPerStream(2).globalCooldownSeconds(60)
                .skipRequestQueue(false).build();

        CustomReward reward = await(api.channelPoints().createCustomReward(request));

        MockHelixRequest sent = twitch.helixRequests().get(0);
        assertThat(sent.route()).isEqualTo("POST /channel_points/custom_rewards");
        assertThat(sent.param("broadcaster_id")).contains(streamer.id());
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.get("title").asString()).isEqualTo("Hydrate");
        assertThat(body.get("cost").asInt()).isEqualTo(500);
        assertThat(body.get("is_user_input_required").asBoolean()).isTrue();
        assertThat(body.get("is_max_per_stream_enabled").asBoolean()).isTrue();
        assertThat(body.get("max_per_user_per_stream").asInt()).isEqualTo(2);
        assertThat(body.get("global_cooldown_seconds").asInt()).isEqualTo(60);
        assertThat(body.has("is_paused")).isFalse();

        assertThat(reward.id()).isNotBlank();
        assertThat(reward.broadcasterId()).isEqualTo(streamer.id());
        assertThat(reward.broadcasterLogin()).isEqualTo("streamer");
        assertThat(reward.broadcasterName()).isEqualTo("Streamer");
        assertThat(reward.title()).isEqualTo("Hydrate");
        assertThat(reward.prompt()).isEqualTo("How much?");
        assertThat(reward.cost()).isEqualTo(500);
        assertThat(reward.image()).isNull();
        assertThat(reward.defaultImage().url1x()).startsWith("https://");
        assertThat(reward.defaultImage().url4x()).startsWith("https://");
        assertThat(reward.backgroundColor()).isEqualTo("#00E5CB");
        assertThat(reward.isEnabled()).isTrue();
        assertThat(reward.isUserInputRequired()).isTrue();
        assertThat(reward.maxPerStreamSetting()).isEqualTo(new CustomReward.MaxPerStreamSetting(true, 5));
        assertThat(reward.maxPerUserPerStreamSetting())
                .isEqualTo(new CustomReward.MaxPerUserPerStreamSetting(true, 2));
        assertThat(reward.globalCooldownSetting()).isEqualTo(new CustomReward.GlobalCooldownSetting(true, 60));
        assertThat(reward.isPaused()).isFalse();
        assertThat(reward.isInStock()).isTrue();
        assertThat(reward.shouldRedemptionsSkipRequestQueue()).isFalse();
        assertThat(reward.redemptionsRedeemedCurrentStream()).isNull();
        assertThat(reward.cooldownExpiresAt()).isNull();

        JsonNode added = probe.await("channel.channel_points_custom_reward.add",
                e -> e.get("id").asString().equals(reward.id()));
        assertThat(added.get("title").asString()).isEqualTo("Hydrate");
        assertThat(added.get("cost").asInt()).isEqualTo(500);
        assertThat(added.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
    }

    @Test
    void rewardsAreReadUpdatedAndDeletedWithTheirEvents() {
        CustomReward reward = await(api.channelPoints().createCustomReward(
                CustomRewardRequest.create("Stretch", 100).build()));
        twitch.clearHelixRequests();

        List<CustomReward> read = await(readOnlyApi.channelPoints().getCustomRewards(streamer.id(),
                List.of(reward.id()), true));
        assertThat(read).extracting(CustomReward::title).containsExactly("Stretch");
        MockHelixRequest get = twitch.helixRequests().get(0);
        assertThat(get.route()).isEqualTo("GET /channel_points/custom_rewards");
        assertThat(get.params("id")).containsExactly(reward.id());
        assertThat(get.param("only_manageable_rewards")).contains("true");

        CustomReward updated = await(api.channelPoints().updateCustomReward(reward.id(),
                CustomRewardRequest.update().cost(250).paused(true).build()));
        assertThat(updated.cost()).isEqualTo(250);
        assertThat(updated.isPaused()).isTrue();
        assertThat(updated.title()).isEqualTo("Stretch");
        MockHelixRequest patch = twitch.helixRequests().get(1);
        assertThat(patch.route()).isEqualTo("PATCH /channel_points/custom_rewards");
        assertThat(patch.param("id")).contains(reward.id());
        assertThat(JSON.readTree(patch.body()).properties()).hasSize(2);
        JsonNode update = probe.await("channel.channel_points_custom_reward.update",
                e -> e.get("id").asString().equals(reward.id()));
        assertThat(update.get("cost").asInt()).isEqualTo(250);
        assertThat(update.get("is_paused").asBoolean()).isTrue();

        await(api.channelPoints().deleteCustomReward(reward.id()));
        assertThat(twitch.helixRequests().get(2).route()).isEqualTo("DELETE /channel_points/custom_rewards");
        assertThat(twitch.helixRequests().get(2).param("id")).contains(reward.id());
        probe.await("channel.channel_points_custom_reward.remove", e -> e.get("id").asString().equals(reward.id()));
        assertThat(await(api.channelPoints().getCustomRewards())).extracting(CustomReward::id)
                .doesNotContain(reward.id());
    }

    @Test
    void redemptionsAreListedAndResolvedOnceWithTheUpdateEvent() {
        CustomReward reward = await(api.channelPoints().createCustomReward(
                CustomRewardRequest.create("Song request", 300).prompt("Which song?", true).build()));
        String first = twitch.redeem(viewer.id(), streamer.id(), reward.id(), "Never Gonna Give You Up");
        String second = twitch.redeem(viewer.id(), streamer.id(), reward.id(), "Sandstorm");
        twitch.clearHelixRequests();
        JsonNode redeemed = probe.await("channel.channel_points_custom_reward_redemption.add",
                e -> e.get("id").asString().equals(second));
        assertThat(redeemed.get("user_input").asString()).isEqualTo("Sandstorm");
        assertThat(redeemed.get("status").asString()).isEqualTo("unfulfilled");
        assertThat(redeemed.get("reward").get("id").asString()).isEqualTo(reward.id());

        List<CustomRewardRedemption> open = await(api.channelPoints()
                .getCustomRewardRedemptions(reward.id(), RedemptionStatus.UNFULFILLED).all());

        assertThat(open).extracting(CustomRewardRedemption::id).containsExactly(first, second);
        CustomRewardRedemption r = open.get(0);
        assertThat(r.broadcasterId()).isEqualTo(streamer.id());
        assertThat(r.broadcasterLogin()).isEqualTo("streamer");
        assertThat(r.broadcasterName()).isEqualTo("Streamer");
        assertThat(r.userId()).isEqualTo(viewer.id());
        assertThat(r.userLogin()).isEqualTo("viewer");
        assertThat(r.userName()).isEqualTo("Viewer");
        assertThat(r.userInput()).isEqualTo("Never Gonna Give You Up");
        assertThat(r.status()).isEqualTo(RedemptionStatus.UNFULFILLED);
        assertThat(r.redeemedAt()).isNotNull();
        assertThat(r.reward()).isEqualTo(new CustomRewardRedemption.Reward(reward.id(), "Song request",
                "Which song?", 300));
        MockHelixRequest list = twitch.helixRequests().get(0);
        assertThat(list.route()).isEqualTo("GET /channel_points/custom_rewards/redemptions");
        assertThat(list.param("reward_id")).contains(reward.id());
        assertThat(list.param("status")).contains("UNFULFILLED");
        assertThat(list.param("first")).contains("50");

        List<CustomRewardRedemption> done = await(api.channelPoints().updateRedemptionStatus(reward.id(),
                List.of(first), RedemptionStatus.FULFILLED));
        assertThat(done).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(first);
            assertThat(d.status()).isEqualTo(RedemptionStatus.FULFILLED);
        });
        MockHelixRequest patch = twitch.helixRequests().get(1);
        assertThat(patch.params("id")).containsExactly(first);
        assertThat(JSON.readTree(patch.body()).get("status").asString()).isEqualTo("FULFILLED");
        JsonNode event = probe.await("channel.channel_points_custom_reward_redemption.update",
                e -> e.get("id").asString().equals(first));
        assertThat(event.get("status").asString()).isEqualTo("fulfilled");
        assertThat(event.get("user_id").asString()).isEqualTo(viewer.id());
        assertThat(event.get("reward").get("id").asString()).isEqualTo(reward.id());
        assertThat(event.get("user_input").asString()).isEqualTo("Never Gonna Give You Up");

        assertThat(failure(api.channelPoints().updateRedemptionStatus(reward.id(), List.of(first),
                RedemptionStatus.CANCELED))).isInstanceOf(NotFoundException.class);
        assertThat(await(api.channelPoints().getCustomRewardRedemptions(streamer.id(), reward.id(), null,
                List.of(first, second), RedemptionSort.NEWEST).all()))
                .extracting(CustomRewardRedemption::status)
                .containsExactly(RedemptionStatus.UNFULFILLED, RedemptionStatus.FULFILLED);
    }

    @Test
    void onlyTheCreatingClientManagesARewardAndTitlesAreUnique() {
        CustomReward reward = await(api.channelPoints().createCustomReward(
                CustomRewardRequest.create("Mine", 10).build()));

        assertThat(failure(otherClientApi.channelPoints().updateCustomReward(reward.id(),
                CustomRewardRequest.update().cost(1).build()))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("client ID used to create");
        assertThat(failure(otherClientApi.channelPoints().deleteCustomReward(reward.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(await(otherClientApi.channelPoints().getCustomRewards(streamer.id(), List.of(), true)))
                .isEmpty();
        assertThat(failure(api.channelPoints().createCustomReward(CustomRewardRequest.create("MINE", 5).build())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("unique");
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> CustomRewardRequest.create("x".repeat(46), 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("45");
        assertThatThrownBy(() -> CustomRewardRequest.create("Free", 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost");
        assertThatThrownBy(() -> CustomRewardRequest.create("Ask", 1).prompt("p".repeat(201), true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> CustomRewardRequest.create("Limit", 1).maxPerStream(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomRewardRequest.update().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> api.channelPoints().createCustomReward(CustomRewardRequest.update().cost(5).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> api.channelPoints().getCustomRewards(streamer.id(),
                Collections.nCopies(51, "id"), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50");
        assertThatThrownBy(() -> api.channelPoints().updateRedemptionStatus("reward", List.of("r"),
                RedemptionStatus.UNFULFILLED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.channelPoints().updateRedemptionStatus("reward", List.of(),
                RedemptionStatus.FULFILLED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.channelPoints().getCustomRewardRedemptions(streamer.id(), "reward", null,
                List.of(), null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        assertThat(failure(readOnlyApi.channelPoints().createCustomReward(
                CustomRewardRequest.create("Nope", 1).build()))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:redemptions");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
