package dev.twitchkit.mock.oauth;

import static dev.twitchkit.mock.oauth.TestHttp.pairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockClient;
import dev.twitchkit.mock.MockState;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mock started from another mock's exported state accepts the tokens that mock issued. */
class MockStateTest {
    final TestHttp http = new TestHttp();

    @TempDir
    Path dir;

    @Test
    void tokensUsersAndClientsSurviveARestartThroughTheStateFile() throws Exception {
        Path file = dir.resolve("state.json");
        MockUser streamer;
        MockUser elsewhere;
        MockClient client;
        String appToken;
        try (MockTwitch first = MockTwitch.start()) {
            streamer = first.createUser("kept_streamer", "user:read:chat");
            client = first.registerClient("second app");
            elsewhere = first.issueToken(client, streamer.id(), "bits:read");
            appToken = first.issueAppToken();
            first.exportState().write(file);
        }
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        MockState state = MockState.read(file).orElseThrow();
        assertThat(state.toString()).doesNotContain(streamer.accessToken()).doesNotContain(client.clientSecret());
        try (MockTwitch second = MockTwitch.builder().state(state).start()) {
            TestHttp.Response validated = validate(second, streamer.accessToken());
            assertThat(validated.status()).as(validated.body()).isEqualTo(200);
            assertThat(validated.json().get("user_id").asString()).isEqualTo(streamer.id());
            assertThat(validated.json().get("login").asString()).isEqualTo("kept_streamer");
            assertThat(validate(second, elsewhere.accessToken()).json().get("client_id").asString())
                    .isEqualTo(client.clientId());
            assertThat(validate(second, appToken).status()).isEqualTo(200);

            TestHttp.Response refreshed = http.postForm(URI.create(second.urls().oauth() + "/token"),
                    pairs("client_id", client.clientId(), "client_secret", client.clientSecret(),
                            "grant_type", "refresh_token", "refresh_token", elsewhere.refreshToken()));
            assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);

            MockUser newcomer = second.createUser("after_restart");
            assertThat(newcomer.id()).isNotEqualTo(streamer.id());
            assertThat(state.user("KEPT_streamer", second.clientId()).orElseThrow().accessToken())
                    .isEqualTo(streamer.accessToken());
        }
    }

    @Test
    void aMissingFileIsAFirstStartAndABadOneAClearError() throws Exception {
        assertThat(MockState.read(dir.resolve("absent.json"))).isEmpty();

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"users\": [}");
        assertThatThrownBy(() -> MockState.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mock state");
        Path partial = Files.writeString(dir.resolve("partial.json"), "{\"users\": []}");
        assertThatThrownBy(() -> MockState.read(partial)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mock state");
    }

    @Test
    void aStateClashingWithTheMocksOwnUsersIsRefused() {
        MockState clash = new MockState(java.util.List.of(), java.util.List.of(
                new MockState.User("1", "twin", "Twin", "twin@example.com", java.time.Instant.EPOCH),
                new MockState.User("2", "twin", "Twin", "twin@example.com", java.time.Instant.EPOCH)),
                java.util.List.of(new MockState.Token("a", null, "unknownclient", null, Set.of(),
                        java.time.Instant.EPOCH)));
        assertThatThrownBy(() -> MockTwitch.builder().state(clash).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");
    }

    private TestHttp.Response validate(MockTwitch twitch, String accessToken) {
        return http.get(URI.create(twitch.urls().oauth() + "/validate"), "Authorization", "OAuth " + accessToken);
    }
}
