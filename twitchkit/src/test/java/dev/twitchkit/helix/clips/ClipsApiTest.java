package dev.twitchkit.helix.clips;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.ForbiddenException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.channels.ModifyChannelRequest;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClipsApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser editor;
    private static MockUser viewer;
    private static HelixApi streamerApi;
    private static HelixApi editorApi;
    private static HelixApi viewerApi;
    private static String videoId;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "channel:manage:broadcast", "clips:edit", "channel:manage:clips");
        editor = twitch.createUser("Editor", "editor:manage:clips");
        viewer = twitch.createUser("Viewer", "clips:edit", "editor:manage:clips");
        twitch.addEditor(streamer.id(), editor.id());
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        editorApi = await(app.addUser(editor.accessToken(), editor.refreshToken()));
        viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        await(streamerApi.channels().modifyChannelInformation(ModifyChannelRequest.builder().title("Clip me")
                .gameId("27471").build()));
        twitch.startStream(streamer.id());
        twitch.clock().advance(Duration.ofMinutes(5));
        videoId = twitch.endStream(streamer.id());
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
    void createClipNeedsALiveBroadcasterAndGetClipsFindsTheClipAfterwards() {
        assertThat(failure(viewerApi.clips().createClip(streamer.id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("must be broadcasting live");
        twitch.startStream(streamer.id());
        twitch.clock().advance(Duration.ofSeconds(100));
        twitch.clearHelixRequests();

        CreatedClip created = await(viewerApi.clips().createClip(streamer.id(), "Great play", 12.5));

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("POST /clips");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.param("title")).contains("Great play");
        assertThat(request.param("duration")).contains("12.5");
        assertThat(created.id()).isNotBlank();
        assertThat(created.editUrl()).isEqualTo("https://www.twitch.tv/streamer/clip/" + created.id());

        twitch.clearHelixRequests();
        List<Clip> clips = await(app.application().clips().getClips(List.of(created.id())));
        assertThat(twitch.helixRequests().get(0).route()).isEqualTo("GET /clips");
        assertThat(twitch.helixRequests().get(0).params("id")).containsExactly(created.id());
        assertThat(clips).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(created.id());
            assertThat(c.url()).isEqualTo("https://clips.twitch.tv/" + created.id());
            assertThat(c.embedUrl()).isEqualTo("https://clips.twitch.tv/embed?clip=" + created.id());
            assertThat(c.broadcasterId()).isEqualTo(streamer.id());
            assertThat(c.broadcasterName()).isEqualTo("Streamer");
            assertThat(c.creatorId()).isEqualTo(viewer.id());
            assertThat(c.creatorName()).isEqualTo("Viewer");
            assertThat(c.videoId()).isNotBlank();
            assertThat(c.gameId()).isEqualTo("27471");
            assertThat(c.language()).isEqualTo("en");
            assertThat(c.title()).isEqualTo("Great play");
            assertThat(c.viewCount()).isZero();
            assertThat(c.createdAt()).isNotNull();
            assertThat(c.thumbnailUrl()).contains(created.id());
            assertThat(c.duration()).isEqualTo(12.5);
            assertThat(c.vodOffset()).isEqualTo(88);
            assertThat(c.isFeatured()).isFalse();
        });
        List<Clip> ofBroadcaster = await(app.application().clips().getClipsOfBroadcaster(streamer.id(),
                new ClipFilter(twitch.clock().instant().minus(Duration.ofHours(1)), null, false)).all());
        assertThat(ofBroadcaster).extracting(Clip::id).contains(created.id());
        MockHelixRequest filtered = twitch.helixRequests().get(1);
        assertThat(filtered.param("broadcaster_id")).contains(streamer.id());
        assertThat(filtered.param("started_at")).isPresent();
        assertThat(filtered.param("is_featured")).contains("false");
        assertThat(await(app.application().clips().getClipsOfGame("27471", ClipFilter.none()).all()))
                .extracting(Clip::id).contains(created.id());
        twitch.endStream(streamer.id());
    }

    @Test
    void anEditorCutsAClipFromAVideoAndDownloadsIt() {
        CreatedClip created = await(editorApi.clips().createClipFromVod(editor.id(), streamer.id(), videoId, 120,
                20.0, "From the VOD"));

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("POST /videos/clips");
        assertThat(request.param("editor_id")).contains(editor.id());
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.param("vod_id")).contains(videoId);
        assertThat(request.param("vod_offset")).contains("120");
        assertThat(request.param("duration")).contains("20.0");
        assertThat(request.param("title")).contains("From the VOD");
        assertThat(created.editUrl()).endsWith("/clip/" + created.id());
        Clip clip = await(app.application().clips().getClips(List.of(created.id()))).get(0);
        assertThat(clip.videoId()).isEqualTo(videoId);
        assertThat(clip.vodOffset()).isEqualTo(100);
        assertThat(clip.creatorId()).isEqualTo(editor.id());

        twitch.clearHelixRequests();
        List<ClipDownload> downloads = await(editorApi.clips().getClipsDownload(editor.id(), streamer.id(),
                List.of(created.id())));
        MockHelixRequest download = twitch.helixRequests().get(0);
        assertThat(download.route()).isEqualTo("GET /clips/downloads");
        assertThat(download.params("clip_id")).containsExactly(created.id());
        assertThat(download.param("editor_id")).contains(editor.id());
        assertThat(downloads).singleElement().satisfies(d -> {
            assertThat(d.clipId()).isEqualTo(created.id());
            assertThat(d.landscapeDownloadUrl()).startsWith("https://");
            assertThat(d.portraitDownloadUrl()).isNull();
        });

        assertThat(failure(viewerApi.clips().getClipsDownload(viewer.id(), streamer.id(), List.of(created.id()))))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("not an editor");
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.clips().createClip(streamer.id(), null, 4.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5.0 to 60.0");
        assertThatThrownBy(() -> streamerApi.clips().createClip(streamer.id(), null, 60.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> streamerApi.clips().createClipFromVod("1", 10, 30.0, "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vodOffset");
        assertThatThrownBy(() -> streamerApi.clips().getClipsDownload(Collections.nCopies(11, "c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10");
        assertThatThrownBy(() -> streamerApi.clips().getClips(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClipFilter(Instant.now(), Instant.now().minusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(failure(editorApi.clips().createClip(streamer.id()))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("clips:edit");
        assertThat(failure(app.application().clips().createClip(streamer.id())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
