package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code twitchkit mock} control subcommands against a mock with one WebSocket session. */
class MockControlCommandsTest {
    MockTwitch twitch;
    WebSocket socket;
    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        twitch = MockTwitch.builder().requireSubscription(false).start();
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(twitch.urls().eventSubWebSocket(), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                        closes.add(code);
                        return null;
                    }
                }).join();
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("session_welcome");
    }

    @AfterEach
    void stop() {
        socket.abort();
        twitch.close();
    }

    private CliRun mock(int expectedExit, String... command) {
        String[] full = new String[command.length + 3];
        full[0] = "mock";
        System.arraycopy(command, 0, full, 1, command.length);
        full[command.length + 1] = "--mock-url";
        full[command.length + 2] = MockCommand.baseUrl(twitch);
        CliRun run = new CliRun();
        assertThat(run.run(full)).as(run.err()).isEqualTo(expectedExit);
        return run;
    }

    private MockSession session() {
        return twitch.sessions().get(0);
    }

    @Test
    void sessionsListsTheConnectedSession() {
        assertThat(mock(0, "sessions").out()).startsWith(session().id() + "  connected");
    }

    @Test
    void reconnectSendsSessionReconnect() throws Exception {
        assertThat(mock(0, "reconnect").out()).startsWith("Sent session_reconnect to the newest session");
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("session_reconnect");
    }

    @Test
    void closeUsesTheGivenCode() throws Exception {
        assertThat(mock(0, "close", "--session", session().id(), "--code", "4005").out())
                .startsWith("Closed session " + session().id() + " with 4005");
        assertThat(closes.poll(5, TimeUnit.SECONDS)).isEqualTo(4005);
    }

    @Test
    void dropAndStopKeepalivesAct() {
        mock(0, "stop-keepalives");
        assertThat(mock(0, "drop").out()).startsWith("Dropped the connection of the newest session");
        await().atMost(Duration.ofSeconds(5)).until(() -> !session().connected());
    }

    @Test
    void revokeAndExpireToken() throws Exception {
        MockUser user = twitch.createUser("control_user");
        mock(0, "expire-token", user.accessToken());
        HttpResponse<String> validate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        twitch.urls().oauth().resolve(twitch.urls().oauth().getPath() + "/validate"))
                .header("Authorization", "OAuth " + user.accessToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(validate.statusCode()).isEqualTo(401);

        CliRun unknown = mock(1, "revoke", "--subscription", "no-such-id");
        assertThat(unknown.err()).startsWith("error: the mock refused (400): no such subscription: no-such-id");
    }

    @Test
    void revokeSendsARevocation() throws Exception {
        MockUser streamer = twitch.createUser("control_streamer", "moderator:read:followers");
        String body = "{\"type\":\"channel.follow\",\"version\":\"2\",\"condition\":{\"broadcaster_user_id\":\""
                + streamer.id() + "\",\"moderator_user_id\":\"" + streamer.id() + "\"},\"transport\":{\"method\":"
                + "\"websocket\",\"session_id\":\"" + session().id() + "\"}}";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(twitch.urls().helix() + "/eventsub/subscriptions"))
                .header("Authorization", "Bearer " + streamer.accessToken()).header("Client-Id", twitch.clientId())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String id = twitch.subscriptions().get(0).id();

        assertThat(mock(0, "revoke", "--subscription", id).out())
                .startsWith("Revoked subscription " + id + " (authorization_revoked)");
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("revocation").contains(id);
    }

    @Test
    void anUnknownSessionOrNoMockIsOneLine() {
        CliRun unknown = mock(1, "close", "--session", "nope", "--code", "4000");
        assertThat(unknown.err()).startsWith("error: the mock refused (404)").doesNotContain("\tat ");

        CliRun none = new CliRun();
        assertThat(none.run("mock", "sessions", "--mock-url", "http://127.0.0.1:1")).isEqualTo(1);
        assertThat(none.err()).isEqualTo("error: no mock answers at http://127.0.0.1:1/_mock (start one with: "
                + "twitchkit mock)" + System.lineSeparator());
    }
}
