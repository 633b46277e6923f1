package dev.twitchkit.cli;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twitchkit mock}: runs the embedded Twitch until interrupted. */
@Command(name = "mock", mixinStandardHelpOptions = true,
        description = "Run the embedded mock Twitch (EventSub WebSocket, Helix, OAuth) until Ctrl-C.")
final class MockCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "Host to bind (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--require-subscription", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Close a welcomed socket that gets no subscription in time with 4003 (default: ${DEFAULT-VALUE}).")
    boolean requireSubscription;

    @Override
    public Integer call() throws InterruptedException {
        MockTwitch twitch = MockTwitch.builder().host(host).port(port)
                .requireSubscription(requireSubscription).start();
        Runtime.getRuntime().addShutdownHook(new Thread(twitch::close, "mock-shutdown"));
        printUrls(System.out, twitch);
        System.out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
        return 0;
    }

    static void printUrls(PrintStream out, MockTwitch twitch) {
        MockUrls urls = twitch.urls();
        out.println("Mock Twitch is running:");
        out.println("  EventSub WebSocket  " + urls.eventSubWebSocket());
        out.println("  Helix               " + urls.helix());
        out.println("  OAuth               " + urls.oauth());
        out.println("  Control API         " + urls.control());
        out.println("  Client id           " + twitch.clientId());
    }
}
