package dev.twitchkit.helix.videos;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.UnauthorizedException;
import dev.twitchkit.helix.channels.ModifyChannelRequest;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VideosApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser other;
    private static HelixApi streamerApi;
    private static HelixApi otherApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "channel:manage:broadcast", "channel:manage:videos");
        other = twitch.createUser("Other", "channel:manage:videos");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        otherApi = await(app.addUser(other.accessToken(), other.refreshToken()));
        await(streamerApi.channels().modifyChannelInformation(ModifyChannelRequest.builder().title("Long stream")
                .gameId("21779").broadcasterLanguage("fr").build()));
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
    void aStreamThatEndsLeavesAnArchiveThatGetVideosFinds() {
        String streamId = twitch.startStream(streamer.id());
        twitch.clock().advance(Duration.ofSeconds(3 * 3600 + 21 * 60 + 5));
        String videoId = twitch.endStream(streamer.id());
        twitch.clearHelixRequests();

        List<Video> videos = await(app.application().videos().getVideosOfUser(streamer.id(),
                new VideoFilter("archive", "week", "time", null)).all());

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /videos");
        assertThat(request.param("user_id")).contains(streamer.id());
        assertThat(request.param("type")).contains("archive");
        assertThat(request.param("period")).contains("week");
        assertThat(request.param("sort")).contains("time");
        assertThat(request.param("first")).contains("100");
        assertThat(videos).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(videoId);
            assertThat(v.streamId()).isEqualTo(streamId);
            assertThat(v.userId()).isEqualTo(streamer.id());
            assertThat(v.userLogin()).isEqualTo("streamer");
            assertThat(v.userName()).isEqualTo("Streamer");
            assertThat(v.title()).isEqualTo("Long stream");
            assertThat(v.description()).isEmpty();
            assertThat(v.createdAt()).isNotNull();
            assertThat(v.publishedAt()).isEqualTo(v.createdAt());
            assertThat(v.url()).isEqualTo("https://www.twitch.tv/videos/" + videoId);
            assertThat(v.thumbnailUrl()).contains("%{width}x%{height}");
            assertThat(v.viewable()).isEqualTo("public");
            assertThat(v.viewCount()).isZero();
            assertThat(v.language()).isEqualTo("fr");
            assertThat(v.type()).isEqualTo(VideoType.ARCHIVE);
            assertThat(v.duration()).isEqualTo("3h21m5s");
            assertThat(v.mutedSegments()).isNull();
        });
        assertThat(await(app.application().videos().getVideos(List.of(videoId)))).extracting(Video::id)
                .containsExactly(videoId);
        assertThat(await(app.application().videos().getVideosOfGame("21779", new VideoFilter(null, null, null, "fr"))
                .all())).extracting(Video::id).contains(videoId);
        assertThat(twitch.helixRequests().get(2).param("language")).contains("fr");
    }

    @Test
    void deleteVideosRemovesTheOwnersVideosAndNoneWhenOneIsAnothers() {
        twitch.startStream(streamer.id());
        String mine = twitch.endStream(streamer.id());
        twitch.startStream(other.id());
        String theirs = twitch.endStream(other.id());
        twitch.clearHelixRequests();

        assertThat(failure(streamerApi.videos().deleteVideos(List.of(mine, theirs))))
                .isInstanceOf(UnauthorizedException.class).hasMessageContaining("not authorized");
        List<String> deleted = await(streamerApi.videos().deleteVideos(List.of(mine, "404404")));

        List<MockHelixRequest> requests = twitch.helixRequests();
        MockHelixRequest request = requests.get(requests.size() - 1);
        assertThat(request.route()).isEqualTo("DELETE /videos");
        assertThat(request.params("id")).containsExactly(mine, "404404");
        assertThat(deleted).containsExactly(mine);
        assertThat(failure(app.application().videos().getVideos(List.of(mine))))
                .isInstanceOf(NotFoundException.class);
        assertThat(await(otherApi.videos().getVideos(List.of(theirs)))).hasSize(1);
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.videos().deleteVideos(Collections.nCopies(6, "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5");
        assertThatThrownBy(() -> streamerApi.videos().deleteVideos(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VideoFilter("live", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> new VideoFilter(null, "year", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> streamerApi.videos().getVideosOfUser(streamer.id(),
                new VideoFilter(null, null, null, "de"))).isInstanceOf(IllegalArgumentException.class);
        MockUser bare = twitch.createUser("Bare");
        HelixApi bareApi = await(app.addUser(bare.accessToken(), bare.refreshToken()));
        twitch.clearHelixRequests();
        assertThat(failure(bareApi.videos().deleteVideos(List.of("1")))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:videos");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
