package dev.twitchkit.bench.loopback;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One library under test, as a user would run it in one process: shared infrastructure (HTTP client, executors,
 * event bus), one EventSub WebSocket per connected account, and a chat handler that feeds a {@link ChatSink}.
 */
public interface Subject extends AutoCloseable {

    /** {@code twitchkit} or {@code twitch4j}. */
    String name();

    /**
     * Starts a client for the account and subscribes it to {@code channel.chat.message} of each broadcaster
     * ({@code user_id} = the account). Returns once the library reports the subscriptions made; callers that need
     * Twitch's view wait on the mock.
     */
    void connect(Account account, List<String> broadcasterIds) throws Exception;

    /**
     * As {@link #connect}, without waiting for it: a process connecting many accounts starts them all, so a run
     * that connects many measures the library connecting them side by side, not one round trip after another
     * (Twitch4J's {@code connect} returns at once already). By default it waits, as {@link #connect} does.
     */
    default CompletableFuture<Void> connectAsync(Account account, List<String> broadcasterIds) {
        try {
            connect(account, broadcasterIds);
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Notifications the library dropped on purpose (a full dispatch queue); 0 for a library that never drops. */
    long dropped();

    @Override
    void close();

    /** The subject of a library name, for runs of one client. */
    static Subject create(String library, Endpoints endpoints, ChatSink sink) {
        return create(library, endpoints, sink, false);
    }

    /**
     * The subject of a library name.
     *
     * @param manyClients the run connects many accounts, so the clients share what a process running many bots
     *     would share (twitchkit: also the HTTP client, which then carries their sockets too); a run of one client
     *     uses each library's defaults
     */
    static Subject create(String library, Endpoints endpoints, ChatSink sink, boolean manyClients) {
        String base = Transports.library(library);
        if (!base.startsWith("twitchkit") && !base.equals(library)) {
            throw new IllegalArgumentException("only twitchkit runs on a chosen transport, not " + library);
        }
        return switch (base) {
            case "twitchkit" -> new TwitchkitSubject(endpoints, sink, false, manyClients, Transports.of(library));
            case "twitchkit-direct" -> new TwitchkitSubject(endpoints, sink, true, manyClients,
                    Transports.of(library));
            case "twitch4j" -> new Twitch4jSubject(endpoints, sink);
            case "raw" -> new RawSubject(endpoints, sink);
            default -> throw new IllegalArgumentException("unknown library " + library
                    + " (twitchkit, twitchkit-direct, twitch4j, raw; twitchkit ones may end in @jdk, @netty, @jetty)");
        };
    }
}
