package dev.twitchkit.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Opens WebSocket connections for the EventSub clients. One transport may serve many clients at once (a thousand
 * {@code ClientUser}s can share one, and should: the transport's threads and buffers are then shared too); the
 * code that created it closes it after the clients it serves.
 *
 * <p>What an implementation must do, whatever its library: deliver a connection's calls to its
 * {@link WebSocketListener} one at a time and in order; hand text messages over as they arrive, in pieces if it
 * likes (as their UTF-8 bytes when it has them, else as characters), never buffering more than
 * {@link #maxUtf8Bytes} of one message (the engine counts the characters and ends the connection past its cap);
 * answer pings itself; never send data frames (Twitch closes a socket that does); end every connection with exactly
 * one of {@link WebSocketListener#onClose} and {@link WebSocketListener#onError}, the latter also when the
 * connection drops without a close frame.
 */
public interface WebSocketTransport extends AutoCloseable {
    /**
     * Begins the opening handshake with {@code uri} ({@code ws://} or {@code wss://}). The future completes with the
     * connection once the handshake succeeded, or fails with the reason (then the listener hears nothing). The
     * first frames may reach the listener before the future's dependents run, but never before
     * {@link WebSocketListener#onOpen}.
     *
     * <p>Arguments are checked the same way by every transport: a null one throws; anything else wrong (a URI that
     * is not {@code ws://} or {@code wss://}, a timeout or cap that is not positive) fails the future with an
     * {@link IllegalArgumentException}, and a transport that owns threads and was closed fails it with an
     * {@link IllegalStateException}.
     *
     * @param connectTimeout how long the TCP connect and the handshake together may take
     * @param maxMessageChars the engine's cap on one message, for transports that must size a frame limit
     * @throws NullPointerException if an argument is null
     */
    CompletableFuture<WebSocketConnection> connect(URI uri, Duration connectTimeout, int maxMessageChars,
                                                   WebSocketListener listener);

    /**
     * Checks {@link #connect}'s arguments by the rule every transport follows, with the same messages everywhere;
     * a transport calls it first and fails its future with the {@link IllegalArgumentException}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code uri} is not {@code ws://} or {@code wss://}, or the timeout or cap
     *     is not positive
     */
    static void checkConnect(URI uri, Duration connectTimeout, int maxMessageChars, WebSocketListener listener) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(listener, "listener");
        if (!"ws".equalsIgnoreCase(uri.getScheme()) && !"wss".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("not a ws:// or wss:// URI: " + uri);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, got " + connectTimeout);
        }
        maxUtf8Bytes(maxMessageChars);
    }

    /**
     * The most bytes a message of {@code maxMessageChars} characters takes in UTF-8: 3 a character (a {@code char}
     * outside the BMP comes in a pair that takes 4 bytes), so a message at the cap always fits, and the most a
     * transport may hold of one message or accept in one frame.
     *
     * @throws IllegalArgumentException if {@code maxMessageChars} is not positive
     */
    static long maxUtf8Bytes(int maxMessageChars) {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be positive, got " + maxMessageChars);
        }
        return 3L * maxMessageChars;
    }

    /** A short name for logs and benchmarks, such as {@code jdk}, {@code netty}, {@code jetty}. */
    String name();

    /**
     * Releases what the transport owns (threads, pools); connections still open are dropped. The built-in JDK
     * transport owns nothing and ignores it.
     */
    @Override
    void close();
}
