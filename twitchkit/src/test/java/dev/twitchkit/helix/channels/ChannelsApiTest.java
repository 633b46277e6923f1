package dev.twitchkit.helix.channels;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.ArrayList;
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

class ChannelsApiTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser partner;
    private static MockUser viewer;
    private static HelixApi streamerApi;
    private static HelixApi partnerApi;
    private static HelixApi viewerApi;
    private static EventProbe probe;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "channel:manage:broadcast", "channel:read:editors",
                "moderator:read:followers", "user:read:follows");
        partner = twitch.createUser("Partner", "channel:manage:broadcast", "moderator:read:followers");
        viewer = twitch.createUser("Viewer", "user:read:follows", "moderator:read:followers");
        twitch.setBroadcasterType(partner.id(), "partner");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        partnerApi = await(app.addUser(partner.accessToken(), partner.refreshToken()));
        viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        probe = EventProbe.start(twitch, streamer, "moderator:read:followers")
                .subscribe("channel.update", "2", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("channel.follow", "2", Map.of("broadcaster_user_id", streamer.id(),
                        "moderator_user_id", streamer.id()));
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
    void modifyChannelInformationSendsTheSetFieldsRaisesChannelUpdateAndIsReadBack() {
        ModifyChannelRequest changes = ModifyChannelRequest.builder().title("Speedrunning the classics")
                .gameId("509670").broadcasterLanguage("de").tags(List.of("Speedrun", "Deutsch"))
                .label("Gambling", true).brandedContent(true).build();

        await(streamerApi.channels().modifyChannelInformation(changes));

        MockHelixRequest patch = twitch.helixRequests().get(0);
        assertThat(patch.route()).isEqualTo("PATCH /channels");
        assertThat(patch.param("broadcaster_id")).contains(streamer.id());
        assertThat(patch.userId()).isEqualTo(streamer.id());
        JsonNode body = JSON.readTree(patch.body());
        assertThat(body.get("title").asString()).isEqualTo("Speedrunning the classics");
        assertThat(body.get("game_id").asString()).isEqualTo("509670");
        assertThat(body.get("broadcaster_language").asString()).isEqualTo("de");
        assertThat(body.get("tags")).hasSize(2);
        assertThat(body.get("content_classification_labels").get(0).get("id").asString()).isEqualTo("Gambling");
        assertThat(body.get("content_classification_labels").get(0).get("is_enabled").asBoolean()).isTrue();
        assertThat(body.get("is_branded_content").asBoolean()).isTrue();
        assertThat(body.has("delay")).isFalse();

        JsonNode event = probe.await("channel.update",
                e -> e.get("title").asString().equals("Speedrunning the classics"));
        assertThat(event.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(event.get("category_id").asString()).isEqualTo("509670");
        assertThat(event.get("category_name").asString()).isEqualTo("Science & Technology");
        assertThat(event.get("language").asString()).isEqualTo("de");
        assertThat(event.get("content_classification_labels").get(0).asString()).isEqualTo("Gambling");

        twitch.clearHelixRequests();
        ChannelInformation channel = await(viewerApi.channels().getChannelInformation(streamer.id()));
        assertThat(twitch.helixRequests()).singleElement().satisfies(r -> {
            assertThat(r.route()).isEqualTo("GET /channels");
            assertThat(r.params("broadcaster_id")).containsExactly(streamer.id());
        });
        assertThat(channel).isEqualTo(new ChannelInformation(streamer.id(), "streamer", "Streamer", "de", "509670",
                "Science & Technology", "Speedrunning the classics", 0, List.of("Speedrun", "Deutsch"),
                List.of("Gambling"), true));
    }

    @Test
    void channelsOfSeveralBroadcastersLeaveUnknownIdsOut() {
        List<ChannelInformation> channels = await(app.application().channels()
                .getChannelInformation(List.of(streamer.id(), "404404404", partner.id())));

        assertThat(channels).extracting(ChannelInformation::broadcasterLogin).containsExactly("streamer", "partner");
        assertThat(twitch.helixRequests().get(0).params("broadcaster_id")).hasSize(3);
    }

    @Test
    void moreThanOneHundredBroadcastersAreLookedUpInCallsOfOneHundred() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add("9" + i);
        }
        ids.add(partner.id());

        List<ChannelInformation> channels = await(app.application().channels().getChannelInformation(ids));

        assertThat(channels).extracting(ChannelInformation::broadcasterId).containsExactly(partner.id());
        assertThat(twitch.helixRequests()).extracting(r -> r.params("broadcaster_id").size())
                .containsExactly(100, 1);
    }

    @Test
    void onlyPartnersSetADelayAndOnlyTheyReadItBack() {
        Throwable refused = failure(streamerApi.channels().modifyChannelInformation(
                ModifyChannelRequest.builder().delay(30).build()));
        assertThat(refused).isInstanceOf(BadRequestException.class).hasMessageContaining("partner");

        await(partnerApi.channels().modifyChannelInformation(ModifyChannelRequest.builder().delay(30).build()));

        assertThat(await(partnerApi.channels().getChannelInformation(partner.id())).delay()).isEqualTo(30);
        assertThat(await(viewerApi.channels().getChannelInformation(partner.id())).delay()).isZero();
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> ModifyChannelRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ModifyChannelRequest.builder().title("x".repeat(141)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("140");
        assertThatThrownBy(() -> ModifyChannelRequest.builder().title(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModifyChannelRequest.builder().delay(901).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModifyChannelRequest.builder()
                .tags(Collections.nCopies(11, "tag")).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10");
        assertThatThrownBy(() -> ModifyChannelRequest.builder().tags(List.of("x".repeat(26))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25");
        assertThatThrownBy(() -> ModifyChannelRequest.builder().tags(List.of("two words")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spaces");
        assertThatThrownBy(() -> streamerApi.channels().getChannelInformation(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        ModifyChannelRequest title = ModifyChannelRequest.builder().title("hi").build();
        assertThat(failure(viewerApi.channels().modifyChannelInformation(title)))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("channel:manage:broadcast");
        assertThat(failure(viewerApi.channels().getChannelEditors()))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("channel:read:editors");
        assertThat(failure(partnerApi.channels().getFollowedChannels().all()))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("user:read:follows");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void editorsAreListedWithTheTimeTheyBecameEditors() {
        MockUser editor = twitch.createUser("Editor");
        twitch.addEditor(streamer.id(), editor.id());

        List<ChannelEditor> editors = await(streamerApi.channels().getChannelEditors());

        assertThat(twitch.helixRequests().get(0).route()).isEqualTo("GET /channels/editors");
        assertThat(twitch.helixRequests().get(0).param("broadcaster_id")).contains(streamer.id());
        assertThat(editors).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(editor.id());
            assertThat(e.userName()).isEqualTo("Editor");
            assertThat(e.createdAt()).isNotNull();
        });
    }

    @Test
    void followsAreListedBothWaysNewestFirstWithTheTotal() {
        MockUser fan = twitch.createUser("Fan", "user:read:follows");
        HelixApi fanApi = await(app.addUser(fan.accessToken(), fan.refreshToken()));
        twitch.follow(fan.id(), partner.id());
        twitch.clock().advance(Duration.ofMinutes(1));
        twitch.follow(fan.id(), streamer.id());

        JsonNode followEvent = probe.await("channel.follow", e -> e.get("user_id").asString().equals(fan.id()));
        assertThat(followEvent.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(followEvent.get("user_login").asString()).isEqualTo("fan");

        Paginator<FollowedChannel> followed = fanApi.channels().getFollowedChannels();
        List<FollowedChannel> channels = await(followed.all());
        assertThat(channels).extracting(FollowedChannel::broadcasterId).containsExactly(streamer.id(), partner.id());
        assertThat(channels.get(0).broadcasterLogin()).isEqualTo("streamer");
        assertThat(channels.get(0).broadcasterName()).isEqualTo("Streamer");
        assertThat(channels.get(0).followedAt()).isAfter(channels.get(1).followedAt());
        assertThat(followed.lastPage().orElseThrow().total()).hasValue(2);
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /channels/followed");
        assertThat(request.param("user_id")).contains(fan.id());
        assertThat(request.param("first")).contains("100");
        assertThat(await(fanApi.channels().getFollowedChannels(fan.id(), partner.id()).all()))
                .extracting(FollowedChannel::broadcasterId).containsExactly(partner.id());

        twitch.clearHelixRequests();
        List<ChannelFollower> followers = await(streamerApi.channels().getChannelFollowers(streamer.id(), fan.id())
                .all());
        assertThat(followers).singleElement().satisfies(f -> {
            assertThat(f.userId()).isEqualTo(fan.id());
            assertThat(f.userLogin()).isEqualTo("fan");
            assertThat(f.userName()).isEqualTo("Fan");
            assertThat(f.followedAt()).isEqualTo(channels.get(0).followedAt());
        });
        assertThat(twitch.helixRequests().get(0).param("user_id")).contains(fan.id());
        assertThat(twitch.helixRequests().get(0).param("broadcaster_id")).contains(streamer.id());
    }

    @Test
    void aUserWhoIsNotAModeratorGetsOnlyTheFollowerTotal() {
        MockUser other = twitch.createUser("Other");
        twitch.follow(other.id(), partner.id());

        Paginator<ChannelFollower> followers = viewerApi.channels().getChannelFollowers(partner.id());

        assertThat(await(followers.nextPage())).isEmpty();
        assertThat(followers.lastPage().orElseThrow().total().getAsInt()).isPositive();
    }
}
