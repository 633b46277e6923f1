package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the Streams, Clips, Videos and Search routes: each gets Twitch's 4xx with a message, never a 500, and
 * the mock keeps answering. Also what the broadcasting seeds refuse.
 */
class StreamsClipsVideosSearchBadInputTest {
    static final String ALL_SCOPES = "channel:manage:broadcast channel:read:stream_key user:read:follows "
            + "user:read:broadcast clips:edit channel:manage:clips editor:manage:clips channel:manage:videos";
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();
    static MockUser streamer;
    static MockUser other;
    static MockUser scopeless;
    static String appToken;
    static String videoId;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        streamer = twitch.createUser("Streamer", ALL_SCOPES.split(" "));
        other = twitch.createUser("Other", ALL_SCOPES.split(" "));
        scopeless = twitch.createUser("Scopeless");
        appToken = twitch.issueAppToken();
        twitch.startStream(other.id());
        twitch.clock().advance(Duration.ofMinutes(2));
        videoId = twitch.endStream(other.id());
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @AfterEach
    void stillUp() {
        assertThat(call("GET", "/streams", null, appToken).status()).isEqualTo(200);
    }

    @Test
    void streams() {
        expect(400, "GET", "/streams?" + "user_id=1&".repeat(101), null);
        expect(400, "GET", "/streams?" + "user_login=a&".repeat(101), null);
        expect(400, "GET", "/streams?" + "game_id=1&".repeat(101), null);
        expect(400, "GET", "/streams?type=rerun", null);
        expect(400, "GET", "/streams?first=0", null);
        expect(400, "GET", "/streams?first=101", null);
        expect(400, "GET", "/streams?after=garbage", null);
        expect(400, "GET", "/streams/followed", null);
        expect(401, "GET", "/streams/followed?user_id=" + other.id(), null);
        expect(401, "GET", "/streams/followed?user_id=" + scopeless.id(), null, scopeless);
        assertThat(call("GET", "/streams/followed?user_id=" + streamer.id(), null, appToken).status())
                .isEqualTo(401);
        expect(400, "GET", "/streams/key", null);
        expect(401, "GET", "/streams/key?broadcaster_id=" + other.id(), null);
        expect(401, "GET", "/streams/key?broadcaster_id=" + scopeless.id(), null, scopeless);
        expect(400, "POST", "/streams/markers", "{}");
        expect(400, "POST", "/streams/markers", "not json");
        expect(400, "POST", "/streams/markers", "{\"user_id\":7}");
        expect(400, "POST", "/streams/markers", "{\"user_id\":\"" + streamer.id() + "\",\"description\":\""
                + "d".repeat(141) + "\"}");
        expect(404, "POST", "/streams/markers", "{\"user_id\":\"" + "x".repeat(2_000_000) + "\"}");
        expect(404, "POST", "/streams/markers", "{\"user_id\":\"" + streamer.id() + "\"}");
        expect(404, "POST", "/streams/markers", "{\"user_id\":\"404404404\"}");
        expect(403, "POST", "/streams/markers", "{\"user_id\":\"" + other.id() + "\"}");
        expect(400, "GET", "/streams/markers", null);
        expect(400, "GET", "/streams/markers?user_id=" + streamer.id() + "&video_id=" + videoId, null);
        expect(404, "GET", "/streams/markers?user_id=" + streamer.id(), null);
        expect(404, "GET", "/streams/markers?video_id=404404", null);
        expect(403, "GET", "/streams/markers?video_id=" + videoId, null);
        expect(400, "GET", "/streams/markers?video_id=" + videoId + "&first=500", null, other);
    }

    @Test
    void clips() {
        expect(400, "POST", "/clips", null);
        expect(400, "POST", "/clips?broadcaster_id=404404404", null);
        expect(400, "POST", "/clips?broadcaster_id=" + other.id() + "&duration=4.9", null);
        expect(400, "POST", "/clips?broadcaster_id=" + other.id() + "&duration=long", null);
        expect(404, "POST", "/clips?broadcaster_id=" + other.id(), null);
        expect(401, "POST", "/clips?broadcaster_id=" + other.id(), null, scopeless);
        expect(400, "GET", "/clips", null);
        expect(400, "GET", "/clips?broadcaster_id=" + other.id() + "&game_id=27471", null);
        expect(400, "GET", "/clips?" + "id=a&".repeat(101), null);
        expect(404, "GET", "/clips?game_id=999999999", null);
        expect(400, "GET", "/clips?broadcaster_id=" + other.id() + "&started_at=yesterday", null);
        expect(400, "GET", "/clips?broadcaster_id=" + other.id() + "&is_featured=maybe", null);
        String vod = "/videos/clips?editor_id=" + other.id() + "&broadcaster_id=" + other.id() + "&vod_id=" + videoId;
        expect(400, "POST", vod + "&vod_offset=60", null, other);
        expect(400, "POST", vod + "&title=t", null, other);
        expect(400, "POST", vod + "&title=t&vod_offset=ten", null, other);
        expect(400, "POST", vod + "&title=t&vod_offset=10", null, other);
        expect(400, "POST", vod + "&title=t&vod_offset=100000", null, other);
        expect(404, "POST", vod.replace(videoId, "404404") + "&title=t&vod_offset=60", null, other);
        expect(401, "POST", vod + "&title=t&vod_offset=60", null);
        String asStreamer = "/videos/clips?editor_id=" + streamer.id() + "&broadcaster_id=" + other.id()
                + "&vod_id=" + videoId + "&title=t&vod_offset=60";
        expect(403, "POST", asStreamer, null);
        String downloads = "/clips/downloads?editor_id=" + other.id() + "&broadcaster_id=" + other.id();
        expect(400, "GET", downloads, null, other);
        expect(400, "GET", downloads + "&" + "clip_id=a&".repeat(11), null, other);
        expect(400, "GET", downloads + "&clip_id=unknown", null, other);
        expect(401, "GET", downloads + "&clip_id=a", null, scopeless);
    }

    @Test
    void videos() {
        expect(400, "GET", "/videos", null);
        expect(400, "GET", "/videos?id=1&user_id=" + other.id(), null);
        expect(400, "GET", "/videos?" + "id=1&".repeat(101), null);
        expect(404, "GET", "/videos?id=404404", null);
        expect(404, "GET", "/videos?game_id=999999999", null);
        expect(400, "GET", "/videos?user_id=" + other.id() + "&type=clip", null);
        expect(400, "GET", "/videos?user_id=" + other.id() + "&sort=random", null);
        expect(400, "GET", "/videos?user_id=" + other.id() + "&period=year", null);
        expect(400, "GET", "/videos?user_id=404404404", null);
        expect(400, "DELETE", "/videos", null);
        expect(400, "DELETE", "/videos?" + "id=1&".repeat(6), null);
        expect(401, "DELETE", "/videos?id=" + videoId, null);
        expect(401, "DELETE", "/videos?id=" + videoId, null, scopeless);
        assertThat(call("DELETE", "/videos?id=" + videoId, null, appToken).status()).isEqualTo(401);
        assertThat(call("GET", "/videos?id=" + videoId, null, appToken).status()).isEqualTo(200);
    }

    @Test
    void search() {
        expect(400, "GET", "/search/categories", null);
        expect(400, "GET", "/search/categories?query=%20", null);
        expect(400, "GET", "/search/categories?query=art&first=101", null);
        expect(400, "GET", "/search/channels", null);
        expect(400, "GET", "/search/channels?query=str&live_only=maybe", null);
        expect(400, "GET", "/search/channels?query=str&after=garbage", null);
        expect(200, "GET", "/search/channels?query=" + "q".repeat(5000), null);
    }

    @Test
    void broadcastingSeedsRefuseWhatCannotHappen() {
        MockUser caster = twitch.createUser("Caster");
        twitch.startStream(caster.id());
        assertThatThrownBy(() -> twitch.startStream(caster.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("live already");
        twitch.endStream(caster.id());
        assertThatThrownBy(() -> twitch.endStream(caster.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not live");
        assertThatThrownBy(() -> twitch.startStream("404404404")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void expect(int status, String method, String path, String body) {
        expect(status, method, path, body, streamer);
    }

    private static void expect(int status, String method, String path, String body, MockUser user) {
        TestHttp.Response response = call(method, path, body, user.accessToken());
        String shown = path.length() > 120 ? path.substring(0, 120) + "…" : path;
        assertThat(response.status()).as(method + " " + shown + " " + abbreviate(body)).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.json().get("message").asString()).as("Twitch's message").isNotBlank();
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 120 ? String.valueOf(body) : body.substring(0, 120) + "…";
    }

    private static TestHttp.Response call(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twitch.urls().helix() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Client-Id", twitch.clientId());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request);
    }
}
