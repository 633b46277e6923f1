package dev.twitchkit.cli;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import dev.twitchkit.mock.MockUser;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code twitchkit mock}: runs the embedded Twitch until interrupted, and prints a ready-to-use demo user with a
 * token so the first {@code curl} or bot run needs no set-up.
 */
@Command(name = "mock", mixinStandardHelpOptions = true,
        description = {"Run the embedded mock Twitch (EventSub WebSocket, Helix, OAuth) until Ctrl-C.",
            "The subcommands steer a running mock through its control API."},
        subcommands = {MockControlCommands.Sessions.class, MockControlCommands.Reconnect.class,
            MockControlCommands.Close.class, MockControlCommands.Drop.class, MockControlCommands.StopKeepalives.class,
            MockControlCommands.Revoke.class, MockControlCommands.ExpireToken.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C, or the control call succeeded", "1:the port is taken, or the mock "
                + "refused or did not answer", "2:bad option"})
final class MockCommand implements Callable<Integer> {
    /** Scopes of the demo user: enough to chat and to subscribe to the common channel events as the broadcaster. */
    static final String[] DEMO_SCOPES = {"user:read:chat", "user:write:chat", "user:bot", "channel:bot",
        "moderator:read:followers", "channel:read:subscriptions", "bits:read", "channel:read:redemptions",
        "user:read:email"};

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "Host to bind (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--require-subscription", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Close a welcomed socket that gets no subscription in time with 4003 (default: ${DEFAULT-VALUE}).")
    boolean requireSubscription;

    @Option(names = "--demo-user", description = "Login of the demo user to create (default: ${DEFAULT-VALUE}).",
            defaultValue = "demo_user")
    String demoLogin;

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            spec.commandLine().getErr().println("--port must be between 0 and 65535, got " + port);
            return 2;
        }
        MockTwitch started;
        try {
            started = MockTwitch.builder().host(host).port(port).requireSubscription(requireSubscription).start();
        } catch (IllegalArgumentException | IllegalStateException e) {
            String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            spec.commandLine().getErr().println(e.getMessage() + cause);
            return 1;
        }
        try (MockTwitch twitch = started) {
            Thread hook = new Thread(stop::countDown, "mock-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            PrintWriter out = spec.commandLine().getOut();
            printUrls(out, twitch);
            printDemoUser(out, twitch, twitch.createUser(demoLogin, DEMO_SCOPES));
            out.println("Press Ctrl-C to stop.");
            out.flush();
            stop.await();
            removeHook(hook);
        }
        return 0;
    }

    /** Stops a running {@link #call()} (what Ctrl-C does); for tests and embedding. */
    void stop() {
        stop.countDown();
    }

    static void printUrls(PrintStream out, MockTwitch twitch) {
        PrintWriter writer = new PrintWriter(out, true);
        printUrls(writer, twitch);
        writer.flush();
    }

    static void printUrls(PrintWriter out, MockTwitch twitch) {
        MockUrls urls = twitch.urls();
        out.println("Mock Twitch is running:");
        out.println("  EventSub WebSocket  " + urls.eventSubWebSocket());
        out.println("  Helix               " + urls.helix());
        out.println("  OAuth               " + urls.oauth());
        out.println("  Control API         " + urls.control());
        out.println("  Client id           " + twitch.clientId());
        out.println("  Client secret       " + twitch.clientSecret());
    }

    /** The mock's tokens are play money: printing them is the point, so a first request can be copied. */
    static void printDemoUser(PrintWriter out, MockTwitch twitch, MockUser user) {
        out.println("Demo user:");
        out.println("  Login               " + user.login());
        out.println("  User id             " + user.id());
        out.println("  Access token        " + user.accessToken());
        out.println("  Refresh token       " + user.refreshToken());
        out.println("  Scopes              " + String.join(" ", user.scopes().stream().sorted().toList()));
        out.println("Try:");
        out.println("  curl -H 'Authorization: Bearer " + user.accessToken() + "' -H 'Client-Id: "
                + twitch.clientId() + "' " + twitch.urls().helix() + "/users");
        out.println("  ./bin/twitchkit trigger channel.follow --broadcaster " + user.id() + " --mock-url "
                + baseUrl(twitch));
    }

    static String baseUrl(MockTwitch twitch) {
        String control = twitch.urls().control().toString();
        return control.substring(0, control.length() - "/_mock".length());
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping (Ctrl-C): the hook has run, nothing to undo.
        }
    }
}
