package dev.twitchkit.cli;

import dev.twitchkit.mock.MockState;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import dev.twitchkit.mock.MockUser;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
                + "refused or did not answer", "2:bad option, or a --world or --state file that cannot be used"})
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

    @Option(names = "--world", paramLabel = "FILE",
            description = "Seed users, follows, subscriptions, moderators, editors and streams from this JSON file "
                    + "at start (format: the README's \"Seeding the world\").")
    Path world;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep clients, users, tokens, the world (everything Helix wrote), conduits and webhook and "
                    + "conduit subscriptions in this file across restarts: read at start, written when they change "
                    + "(every 2 s) and at stop. Not kept: WebSocket subscriptions, which die with their session as "
                    + "on Twitch; conduit shards that had a WebSocket come back websocket_disconnected.")
    Path state;

    /** How often a changed state is written to the {@code --state} file. */
    static final Duration STATE_PERIOD = Duration.ofSeconds(2);

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("--port must be between 0 and 65535, got " + port);
            return 2;
        }
        Optional<MockState> restored;
        try {
            restored = state == null ? Optional.empty() : MockState.read(state);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println(ioFailure(e));
            return 2;
        }
        MockTwitch.Builder builder = MockTwitch.builder().host(host).port(port)
                .requireSubscription(requireSubscription);
        restored.ifPresent(builder::state);
        MockTwitch started;
        try {
            started = builder.start();
        } catch (IllegalArgumentException e) {
            // The options were checked; what the builder refuses is a state this mock cannot take.
            err.println(restored.isEmpty() ? e.getMessage()
                    : "the state file " + state + " does not fit this mock: " + e.getMessage());
            return restored.isEmpty() ? 1 : 2;
        } catch (IllegalStateException e) {
            String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            err.println(e.getMessage() + cause);
            return 1;
        }
        try (MockTwitch twitch = started) {
            return run(twitch, restored);
        } finally {
            stopped.countDown();
        }
    }

    private int run(MockTwitch twitch, Optional<MockState> restored) throws InterruptedException {
        Map<String, MockUser> seeded;
        try {
            seeded = world == null ? Map.of() : twitch.seed(world);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("--world " + world + ": " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println(ioFailure(e));
            return 2;
        }
        StateKeeper keeper;
        try {
            keeper = state == null ? null : StateKeeper.start(twitch, state, STATE_PERIOD);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println(ioFailure(e));
            return 2;
        }
        try (keeper) {
            Thread hook = new Thread(this::stopAndWait, "mock-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            PrintWriter out = spec.commandLine().getOut();
            printUrls(out, twitch);
            restored.ifPresent(s -> out.println("  State               " + state + " (" + s.users().size()
                    + " users, " + s.tokens().size() + " tokens, " + s.conduits().size() + " conduits, "
                    + s.subscriptions().size() + " subscriptions restored)"));
            if (restored.isEmpty() && state != null) {
                out.println("  State               " + state + " (new)");
            }
            printDemoUser(out, twitch, demoUser(twitch, restored, seeded));
            if (world != null) {
                printWorldUsers(out, seeded);
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            stop.await();
            removeHook(hook);
        }
        return 0;
    }

    /**
     * The demo user: the world file's user of that login, else the one the state kept, with its token while that is
     * still live (else a fresh token), else a new user.
     */
    private MockUser demoUser(MockTwitch twitch, Optional<MockState> restored, Map<String, MockUser> seeded) {
        MockUser fromWorld = seeded.get(demoLogin.toLowerCase(Locale.ROOT));
        if (fromWorld != null) {
            return fromWorld;
        }
        Optional<MockState.User> known = restored.flatMap(s -> s.users().stream()
                .filter(u -> u.login().equalsIgnoreCase(demoLogin)).findFirst());
        if (known.isEmpty()) {
            return twitch.createUser(demoLogin, DEMO_SCOPES);
        }
        return restored.flatMap(s -> s.user(demoLogin, twitch.clientId()))
                .filter(user -> user.expiresAt().isAfter(twitch.clock().instant()))
                .orElseGet(() -> twitch.issueToken(known.get().id(), DEMO_SCOPES));
    }

    /** Ctrl-C: lets {@link #call()} stop the mock and write the state before the JVM exits. */
    private void stopAndWait() {
        stop.countDown();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** The users the world file created; one it named that existed already (kept by the state) has its old token. */
    private static void printWorldUsers(PrintWriter out, Map<String, MockUser> seeded) {
        out.println("World users created:" + (seeded.isEmpty() ? " none (every login existed already)" : ""));
        seeded.values().forEach(user -> out.println("  " + user.login() + "  id " + user.id() + "  access token "
                + user.accessToken() + "  refresh token " + user.refreshToken() + "  scopes "
                + String.join(" ", user.scopes().stream().sorted().toList())));
    }

    /** "cannot read FILE: why", with the reason alone rather than the path again that Java's file errors repeat. */
    private static String ioFailure(UncheckedIOException e) {
        IOException cause = e.getCause();
        String why = cause instanceof NoSuchFileException ? "no such file"
                : cause instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : cause instanceof AccessDeniedException ? "access denied" : cause.getMessage();
        return e.getMessage() + ": " + why;
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
