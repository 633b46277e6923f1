package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code twitchkit trigger} against a mock started in the test, with a JDK WebSocket subscribed to it. */
class TriggerCommandTest {
    static final ObjectMapper JSON = JsonMapper.builder().build();
    MockTwitch twitch;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().requireSubscription(false).start();
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void sendsNotificationsWithFieldsToTheSubscribedSession() throws Exception {
        MockUser streamer = twitch.createUser("trigger_streamer", "moderator:read:followers");
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(twitch.urls().eventSubWebSocket(), collector(frames)).join();
        try {
            String sessionId = JSON.readTree(frames.poll(5, TimeUnit.SECONDS))
                    .get("payload").get("session").get("id").asString();
            subscribeToFollows(streamer, sessionId);

            int code = run("channel.follow", "--version", "2", "--broadcaster", streamer.id(),
                    "--mock-url", MockCommand.baseUrl(twitch), "--count", "2",
                    "--field", "user_name=Cli_Fan", "--field", "followed_at:=\"2024-01-01T00:00:00Z\"");

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("Sent 2 notifications:");
            for (int i = 0; i < 2; i++) {
                JsonNode event = nextNotification(frames).get("payload").get("event");
                assertThat(event.get("user_name").asString()).isEqualTo("Cli_Fan");
                assertThat(event.get("followed_at").asString()).isEqualTo("2024-01-01T00:00:00Z");
                assertThat(event.get("broadcaster_user_id").asString()).isEqualTo(streamer.id());
            }
            assertThat(twitch.counters().sent()).isEqualTo(2);
        } finally {
            socket.abort();
        }
    }

    @Test
    void failsWhenNoSubscriptionMatches() {
        int code = run("stream.online", "--broadcaster", "12345", "--mock-url", twitch.urls().control().toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("error: no enabled subscription matched; nothing was sent");
    }

    @Test
    void suggestsTheClosestTypesForAnUnknownOne() {
        assertThat(run("channel.folow", "--mock-url", MockCommand.baseUrl(twitch))).isEqualTo(2);
        assertThat(err.toString()).contains("unknown subscription type channel.folow; did you mean channel.follow");
        assertThat(twitch.counters().sent()).isZero();

        assertThat(run("channel.follow", "--version", "7", "--mock-url", MockCommand.baseUrl(twitch))).isEqualTo(2);
        assertThat(err.toString()).contains("the mock cannot trigger channel.follow version 7");
    }

    @Test
    void refusesAFieldInAnotherShapeThanTwitchSends() {
        String mock = MockCommand.baseUrl(twitch);
        assertThat(run("channel.chat.message", "--field", "message:=42", "--mock-url", mock)).isEqualTo(2);
        assertThat(err.toString()).contains("--field message is a number but Twitch sends an object: an object with "
                + "text, fragments; set one with --field message.text=");

        assertThat(run("channel.follow", "--field", "user_name:=7", "--mock-url", mock)).isEqualTo(2);
        assertThat(err.toString()).contains("--field user_name is a number but Twitch sends a string: "
                + "e.g. --field user_name=Curious_Viewer");

        assertThat(run("channel.cheer", "--field", "bits=lots", "--mock-url", mock)).isEqualTo(2);
        assertThat(err.toString()).contains("--field bits is a string but Twitch sends a number: e.g. --field 'bits:=");

        assertThat(run("channel.follow", "--field", "user_name.first=x", "--mock-url", mock)).isEqualTo(2);
        assertThat(err.toString()).contains("Twitch sends user_name as a string, which has no field first");
    }

    @Test
    void reportsBadArguments() {

        assertThat(run("channel.follow", "--field", "novalue", "--mock-url", MockCommand.baseUrl(twitch)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--field takes K=V");
        assertThat(run("channel.follow", "--field", "x:={bad", "--mock-url", MockCommand.baseUrl(twitch)))
                .isEqualTo(2);
        assertThat(run("channel.follow", "--count", "0", "--mock-url", MockCommand.baseUrl(twitch))).isEqualTo(2);
        assertThat(run("channel.follow", "--timeout", "0", "--mock-url", MockCommand.baseUrl(twitch))).isEqualTo(2);
        assertThat(err.toString()).contains("--timeout must be at least 1 second, got 0");
    }

    @Test
    void helpNeedsNoType() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: twitchkit trigger").contains("-h, --help")
                .contains("--version=V");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void saysSoWhenNoMockRuns() throws Exception {
        int freePort;
        try (var probe = new java.net.ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        assertThat(run("channel.follow", "--mock-url", "http://127.0.0.1:" + freePort, "--timeout", "2"))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: no mock answers at http://127.0.0.1:" + freePort
                + "/_mock (start one with: twitchkit mock)" + System.lineSeparator());
    }

    private int run(String... args) {
        CommandLine cli = TwitchkitCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "trigger";
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.execute(full);
    }

    private void subscribeToFollows(MockUser streamer, String sessionId) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("type", "channel.follow", "version", "2",
                "condition", java.util.Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id()),
                "transport", java.util.Map.of("method", "websocket", "session_id", sessionId)));
        HttpResponse<String> created = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(twitch.urls().helix() + "/eventsub/subscriptions"))
                        .header("Authorization", "Bearer " + streamer.accessToken())
                        .header("Client-Id", twitch.clientId()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
    }

    static JsonNode nextNotification(BlockingQueue<String> frames) throws InterruptedException {
        while (true) {
            String frame = frames.poll(5, TimeUnit.SECONDS);
            assertThat(frame).as("a notification within 5 s").isNotNull();
            JsonNode node = JSON.readTree(frame);
            if ("notification".equals(node.get("metadata").get("message_type").asString())) {
                return node;
            }
        }
    }

    static WebSocket.Listener collector(BlockingQueue<String> frames) {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
    }
}
