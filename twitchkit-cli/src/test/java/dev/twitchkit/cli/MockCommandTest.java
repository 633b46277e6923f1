package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code twitchkit mock} starts a mock, prints where it runs and a demo user whose token works, and stops. */
class MockCommandTest {

    @Test
    void printsUrlsAndADemoUserWhoseTokenWorksOnHelix() throws Exception {
        MockCommand command = new MockCommand();
        StringWriter output = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(output, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli.execute("--port", "0", "--no-require-subscription", "--demo-user", "cli_demo"));
        try {
            String printed = awaitOutput(output, "Press Ctrl-C to stop.");
            assertThat(printed).contains("EventSub WebSocket  ws://127.0.0.1:").contains("Login               cli_demo")
                    .contains("  ./bin/twitchkit trigger channel.follow --broadcaster "); // nothing puts it on PATH
            String helix = find(printed, "Helix\\s+(\\S+)");
            String clientId = find(printed, "Client id\\s+(\\S+)");
            String token = find(printed, "Access token\\s+(\\S+)");

            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(helix + "/users"))
                    .header("Authorization", "Bearer " + token).header("Client-Id", clientId).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"login\":\"cli_demo\"");
        } finally {
            command.stop();
        }
        assertThat(exit.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aTakenPortIsAClearFailure() throws Exception {
        try (var blocker = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new MockCommand());
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("--port", Integer.toString(blocker.getLocalPort()));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("mock failed to start on 127.0.0.1:" + blocker.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aPortOutOfRangeIsOneLineWithoutAStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TwitchkitCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("mock", "--port", "99999")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("--port must be between 0 and 65535, got 99999" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    static String awaitOutput(StringWriter output, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!output.toString().contains(marker)) {
            assertThat(System.nanoTime()).as("'%s' printed within 10 s; got: %s", marker, output).isLessThan(deadline);
            Thread.sleep(20);
        }
        return output.toString();
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }
}
