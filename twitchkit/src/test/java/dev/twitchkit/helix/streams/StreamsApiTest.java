package dev.twitchkit.helix.streams;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.eventsub.event.StreamType;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.channels.ModifyChannelRequest;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class StreamsApiTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static HelixApi streamerApi;
    private static EventProbe probe;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "channel:manage:broadcast", "channel:read:stream_key",
                "user:read:follows", "user:read:broadcast");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        probe = EventProbe.start(twitch, streamer)
                .subscribe("stream.online", "1", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("stream.offline", "1", Map.of("broadcaster_user_id", streamer.id()));
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
    void startStreamRaisesStreamOnlineAndGetStreamsAgreesUntilEndStreamRaisesStreamOffline() {
        await(streamerApi.channels().modifyChannelInformation(ModifyChannelRequest.builder().title("Building a mock")
                .gameId("509670").broadcasterLanguage("de").tags(List.of("Java", "Deutsch")).build()));
        twitch.clearHelixRequests();

        String streamId = twitch.startStream(streamer.id());

        JsonNode online = probe.await("stream.online", e -> e.get("id").asString().equals(streamId));
        assertThat(online.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(online.get("type").asString()).isEqualTo("live");
        List<Stream> streams = await(app.application().streams().getStreams(List.of(streamer.id())));
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /streams");
        assertThat(request.params("user_id")).containsExactly(streamer.id());
        assertThat(request.param("first")).contains("100");
        assertThat(streams).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(streamId);
            assertThat(s.userId()).isEqualTo(streamer.id());
            assertThat(s.userLogin()).isEqualTo("streamer");
            assertThat(s.userName()).isEqualTo("Streamer");
            assertThat(s.gameId()).isEqualTo("509670");
            assertThat(s.gameName()).isEqualTo("Science & Technology");
            assertThat(s.type()).isEqualTo(StreamType.LIVE);
            assertThat(s.title()).isEqualTo("Building a mock");
            assertThat(s.viewerCount()).isZero();
            assertThat(s.startedAt()).isEqualTo(Instant.parse(online.get("started_at").asString())
                    .truncatedTo(ChronoUnit.SECONDS));
            assertThat(s.language()).isEqualTo("de");
            assertThat(s.thumbnailUrl()).contains("live_user_streamer-{width}x{height}");
            assertThat(s.tagIds()).isEmpty();
            assertThat(s.tags()).containsExactly("Java", "Deutsch");
            assertThat(s.isMature()).isFalse();
        });

        twitch.endStream(streamer.id());

        probe.await("stream.offline", e -> e.get("broadcaster_user_id").asString().equals(streamer.id()));
        assertThat(await(app.application().streams().getStreams(List.of(streamer.id())))).isEmpty();
    }

    @Test
    void triggeredStreamOnlineStartsTheStreamWithTheEventsIdAndOfflineEndsIt() {
        long before = probe.count("stream.online", e -> true);
        List<String> sent = twitch.trigger("stream.online").broadcaster(streamer.id()).send();
        assertThat(sent).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> probe.count("stream.online", e -> true) > before);
        JsonNode online = lastEvent("stream.online");

        List<Stream> live = await(streamerApi.streams().getStreams(StreamFilter.builder().liveOnly()
                .userLogins(List.of("streamer")).build()).all());
        assertThat(twitch.helixRequests().get(0).param("type")).contains("live");
        assertThat(twitch.helixRequests().get(0).params("user_login")).containsExactly("streamer");
        assertThat(live).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(online.get("id").asString());
            assertThat(s.startedAt()).isEqualTo(Instant.parse(online.get("started_at").asString())
                    .truncatedTo(ChronoUnit.SECONDS));
        });

        twitch.trigger("stream.offline").broadcaster(streamer.id()).send();
        assertThat(await(streamerApi.streams().getStreams(StreamFilter.builder().userIds(List.of(streamer.id()))
                .build()).all())).isEmpty();
    }

    @Test
    void anUntargetedTriggerStartsAndEndsTheStreamOfEachSubscribedBroadcaster() {
        long before = probe.count("stream.online", e -> true);

        twitch.trigger("stream.online").send();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> probe.count("stream.online", e -> true) > before);
        JsonNode online = lastEvent("stream.online");
        assertThat(online.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
        assertThat(await(app.application().streams().getStreams(List.of(streamer.id()))))
                .extracting(Stream::id).containsExactly(online.get("id").asString());

        twitch.trigger("stream.offline").send();
        assertThat(await(app.application().streams().getStreams(List.of(streamer.id())))).isEmpty();
    }

    @Test
    void followedStreamsAreTheLiveChannelsTheUserFollows() {
        MockUser fan = twitch.createUser("Fan", "user:read:follows");
        MockUser live = twitch.createUser("LiveOne");
        MockUser offline = twitch.createUser("OfflineOne");
        HelixApi fanApi = await(app.addUser(fan.accessToken(), fan.refreshToken()));
        twitch.follow(fan.id(), live.id());
        twitch.follow(fan.id(), offline.id());
        String streamId = twitch.startStream(live.id());
        twitch.clearHelixRequests();

        List<Stream> followed = await(fanApi.streams().getFollowedStreams().all());

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /streams/followed");
        assertThat(request.param("user_id")).contains(fan.id());
        assertThat(request.param("first")).contains("100");
        assertThat(followed).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(streamId);
            assertThat(s.userLogin()).isEqualTo("liveone");
            assertThat(s.type()).isEqualTo(StreamType.LIVE);
        });
        twitch.endStream(live.id());
    }

    @Test
    void streamKeyIsTheChannelsOwnAndHiddenInToString() {
        StreamKey key = await(streamerApi.streams().getStreamKey());

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /streams/key");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(key.streamKey()).startsWith("live_" + streamer.id() + "_");
        assertThat(key.toString()).doesNotContain(key.streamKey());
        assertThat(await(streamerApi.streams().getStreamKey())).isEqualTo(key);
    }

    @Test
    void markersNeedALiveStreamAreSetByTheBroadcasterOrAnEditorAndAreReadBackFromTheVideo() {
        MockUser caster = twitch.createUser("Caster", "channel:manage:broadcast");
        HelixApi casterApi = await(app.addUser(caster.accessToken(), caster.refreshToken()));
        assertThat(failure(casterApi.streams().createStreamMarker("too early")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("not streaming live");
        twitch.startStream(caster.id());
        twitch.clock().advance(Duration.ofSeconds(244));
        twitch.clearHelixRequests();

        StreamMarker marker = await(casterApi.streams().createStreamMarker("hello, this is a marker!"));

        MockHelixRequest create = twitch.helixRequests().get(0);
        assertThat(create.route()).isEqualTo("POST /streams/markers");
        JsonNode body = JSON.readTree(create.body());
        assertThat(body.get("user_id").asString()).isEqualTo(caster.id());
        assertThat(body.get("description").asString()).isEqualTo("hello, this is a marker!");
        assertThat(marker.id()).isNotBlank();
        assertThat(marker.positionSeconds()).isEqualTo(244);
        assertThat(marker.description()).isEqualTo("hello, this is a marker!");
        assertThat(marker.createdAt()).isNotNull();
        assertThat(marker.url()).isNull();

        twitch.clearHelixRequests();
        List<UserMarkers> groups = await(casterApi.streams().getStreamMarkers(caster.id()).all());
        MockHelixRequest get = twitch.helixRequests().get(0);
        assertThat(get.route()).isEqualTo("GET /streams/markers");
        assertThat(get.param("user_id")).contains(caster.id());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.userId()).isEqualTo(caster.id());
            assertThat(g.userLogin()).isEqualTo("caster");
            assertThat(g.userName()).isEqualTo("Caster");
            assertThat(g.videos()).singleElement().satisfies(v -> {
                assertThat(v.videoId()).isNotBlank();
                assertThat(v.markers()).singleElement().satisfies(m -> {
                    assertThat(m.id()).isEqualTo(marker.id());
                    assertThat(m.createdAt()).isEqualTo(marker.createdAt());
                    assertThat(m.description()).isEqualTo(marker.description());
                    assertThat(m.positionSeconds()).isEqualTo(244);
                    assertThat(m.url()).isEqualTo("https://twitch.tv/caster/manager/highlighter/" + v.videoId()
                            + "?t=0h4m04s");
                });
            });
        });
        String videoId = groups.get(0).videos().get(0).videoId();
        MockUser editor = twitch.createUser("CasterEditor", "channel:manage:broadcast");
        twitch.addEditor(caster.id(), editor.id());
        HelixApi editorApi = await(app.addUser(editor.accessToken(), editor.refreshToken()));
        StreamMarker byEditor = await(editorApi.streams().createStreamMarker(caster.id(), null));
        assertThat(byEditor.description()).isEmpty();
        twitch.clearHelixRequests();
        assertThat(await(editorApi.streams().getStreamMarkersOfVideo(videoId).all())).singleElement()
                .satisfies(g -> assertThat(g.videos().get(0).markers()).extracting(StreamMarker::id)
                        .containsExactly(marker.id(), byEditor.id()));
        assertThat(twitch.helixRequests().get(0).param("video_id")).contains(videoId);
        twitch.endStream(caster.id());
    }

    @Test
    void moreThanOneHundredBroadcastersAreLookedUpInCallsOfOneHundred() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add("8" + i);
        }
        ids.add(streamer.id());

        await(app.application().streams().getStreams(ids));

        assertThat(twitch.helixRequests()).extracting(r -> r.params("user_id").size()).containsExactly(100, 1);
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        MockUser bare = twitch.createUser("Bare");
        HelixApi bareApi = await(app.addUser(bare.accessToken(), bare.refreshToken()));
        twitch.clearHelixRequests();

        assertThatThrownBy(() -> StreamFilter.builder().userIds(Collections.nCopies(101, "1")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> StreamFilter.builder().languages(Collections.nCopies(101, "de")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> streamerApi.streams().createStreamMarker("x".repeat(141)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("140");
        assertThatThrownBy(() -> streamerApi.streams().getStreams(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(failure(bareApi.streams().getStreamKey())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:read:stream_key");
        assertThat(failure(bareApi.streams().getFollowedStreams().all())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("user:read:follows");
        assertThat(failure(bareApi.streams().createStreamMarker(null))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:broadcast");
        assertThat(failure(bareApi.streams().getStreamMarkers(bare.id()).all()))
                .isInstanceOf(MissingScopeException.class);
        assertThat(failure(app.application().streams().getStreamKey(streamer.id())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }

    private static JsonNode lastEvent(String type) {
        return probe.received().stream().filter(r -> r.type().equals(type)).reduce((a, b) -> b).orElseThrow()
                .event();
    }
}
