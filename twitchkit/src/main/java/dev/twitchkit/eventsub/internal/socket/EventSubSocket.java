package dev.twitchkit.eventsub.internal.socket;

import dev.twitchkit.internal.Futures;
import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EventSub WebSocket on a {@link WebSocketTransport}: joins the pieces of text messages and hands each whole
 * message, as its UTF-8 bytes, to its {@link SocketListener}, and makes sure a socket ends exactly once. It never
 * sends data frames: Twitch closes a socket that does (4001); it may send pings, control frames that Twitch answers.
 *
 * <p>A message may be at most {@code maxMessageChars} long: a transport hands a text message over in pieces as it
 * arrives, so a longer one is refused as soon as its received part passes the cap — the socket is closed with
 * 1009 (message too big), the listener hears {@link SocketListener#onFailure} with a {@link ProtocolException},
 * and what still arrives is dropped unread — so a fragmented message of any size never takes more heap than the
 * cap allows (its UTF-8, at most 3 bytes a character). The buffer that joins the pieces goes back to its small size
 * after a large message. A transport that hands one message over partly as bytes and partly as characters ends the
 * socket the same way, with 1011.
 */
public final class EventSubSocket {
    /**
     * The default cap of a message, in characters: Twitch's largest messages (a chat message with all its
     * fragments, a prediction with ten outcomes and their top predictors) are tens of KB, so 1 Mi characters is far
     * above any of them, while joining one takes a few MiB of heap at most.
     */
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 1 << 20;
    private static final int NORMAL_CLOSURE = 1000;
    private static final int MESSAGE_TOO_BIG = 1009;
    private static final int INTERNAL_ERROR = 1011;
    private static final Logger LOG = LoggerFactory.getLogger(EventSubSocket.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final WebSocketTransport transport;
    private final URI uri;
    private final Duration connectTimeout;
    private final int maxMessageChars;
    private final SocketListener listener;
    private final Executor handshakeExecutor;
    private final Reader reader;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WebSocketConnection connection;
    private volatile CompletableFuture<Void> opened;

    private EventSubSocket(WebSocketTransport transport, URI uri, Duration connectTimeout, int maxMessageChars,
                           SocketListener listener, Executor handshakeExecutor) {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be positive, got " + maxMessageChars);
        }
        this.transport = transport;
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.maxMessageChars = maxMessageChars;
        this.reader = new Reader(new MessageJoiner(maxMessageChars));
        this.listener = listener;
        // The socket must still learn of its connection once the client closed its timer thread, or an abort()
        // waiting for the handshake would never run.
        this.handshakeExecutor = Futures.orInlineOnceRefused(handshakeExecutor);
    }

    /**
     * A socket to {@code uri} that opens on {@link #start()}: the caller records it first, so that a message or a
     * failure arriving on the very thread that starts it is recognized as this socket's. A message longer than
     * {@code maxMessageChars} ends the socket (see the class comment).
     *
     * @param handshakeExecutor where a failed handshake is reported: the client's session timer thread, so no
     *     unnamed thread of the common pool ever runs the session's steps
     */
    public static EventSubSocket create(WebSocketTransport transport, URI uri, Duration connectTimeout,
                                        int maxMessageChars, SocketListener listener, Executor handshakeExecutor) {
        return new EventSubSocket(transport, uri, connectTimeout, maxMessageChars, listener, handshakeExecutor);
    }

    /** {@link #create} and {@link #start} at once, with the default cap, failures reported on the common pool. */
    public static EventSubSocket connect(WebSocketTransport transport, URI uri, Duration connectTimeout,
                                         SocketListener listener) {
        return connect(transport, uri, connectTimeout, DEFAULT_MAX_MESSAGE_CHARS, listener,
                ForkJoinPool.commonPool());
    }

    /**
     * {@link #create} and {@link #start} at once. Its first message may reach the listener before this returns: a
     * caller that must know the socket first uses {@link #create} and {@link #start}.
     */
    public static EventSubSocket connect(WebSocketTransport transport, URI uri, Duration connectTimeout,
                                         int maxMessageChars, SocketListener listener, Executor handshakeExecutor) {
        EventSubSocket socket = create(transport, uri, connectTimeout, maxMessageChars, listener, handshakeExecutor);
        socket.start();
        return socket;
    }

    /** Begins the handshake; a second call does nothing. If the handshake fails, the listener hears onFailure. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<WebSocketConnection> handshake;
        try {
            handshake = transport.connect(uri, connectTimeout, maxMessageChars, reader);
        } catch (RuntimeException e) {
            handshake = CompletableFuture.failedFuture(e);
        }
        // Async: a failure is never reported inside start(), where the caller may hold its own lock mid-change.
        opened = handshake.whenCompleteAsync((c, error) -> {
            if (error != null) {
                if (ended.compareAndSet(false, true)) {
                    listener.onFailure(this, error);
                }
            } else {
                connection = c;
            }
        }, handshakeExecutor).thenApply(c -> (Void) null);
    }

    /** Completes when the handshake is done; fails if it did not succeed. */
    public CompletableFuture<Void> opened() {
        return opened;
    }

    /** Where this socket is connected. */
    public URI uri() {
        return uri;
    }

    /**
     * Sends a WebSocket ping; the peer's pong reaches {@link SocketListener#onPong}. Fails when the socket is not
     * open or its output is closed, which is how a connection the transport never reported as dropped shows itself.
     */
    public CompletableFuture<Void> ping() {
        WebSocketConnection c = connection;
        if (c == null) {
            return CompletableFuture.failedFuture(new IOException("the socket is not open"));
        }
        return c.ping();
    }

    /** Closes politely (1000); the peer's answer or the abort after a short wait ends the socket. */
    public void close() {
        WebSocketConnection c = connection;
        if (c == null) {
            abort();
            return;
        }
        closeThenAbort(c, NORMAL_CLOSURE, "", false);
    }

    /** Sends a close frame; drops the connection if it cannot go out within 2 s, or once it is out if asked. */
    private static void closeThenAbort(WebSocketConnection c, int code, String reason, boolean abortAnyway) {
        c.close(code, reason)
                .orTimeout(2, TimeUnit.SECONDS)
                .whenComplete((r, e) -> {
                    if (e != null || abortAnyway) {
                        c.abort();
                    }
                });
    }

    /**
     * Drops the connection at once, without a close handshake. The listener hears nothing more of this socket: the
     * caller already knows it is gone (transports differ in whether they report their own abort).
     */
    public void abort() {
        ended.set(true);
        WebSocketConnection c = connection;
        if (c != null) {
            c.abort();
        } else if (opened != null) {
            // Still handshaking: drop the connection as soon as it exists.
            opened.thenRun(() -> connection.abort());
        }
    }

    /**
     * How much the buffer that joins a message's pieces can hold now; for tests, which read it after the listener
     * had the message (the buffer is resized before the message is handed over).
     */
    int joiningCapacity() {
        return reader.joiner.capacity();
    }

    @Override
    public String toString() {
        return "socket#" + id;
    }

    /** A piece handed to the joiner: the whole message after its last piece, else null. */
    @FunctionalInterface
    private interface Piece {
        byte[] add() throws ProtocolException;
    }

    /** The transport's callback; kept private so the socket's public surface is just open/close/abort. */
    private final class Reader implements WebSocketListener {
        /** Used by the transport's calls for this socket, which come one at a time. */
        private final MessageJoiner joiner;
        private boolean refused;

        Reader(MessageJoiner joiner) {
            this.joiner = joiner;
        }

        @Override
        public void onOpen(WebSocketConnection c) {
            connection = c;
        }

        @Override
        public void onText(ByteBuffer utf8, boolean last) {
            if (!refused) { // else dropped unread until the close goes out
                take(() -> joiner.add(utf8, last));
            }
        }

        @Override
        public void onText(CharSequence piece, boolean last) {
            if (!refused) {
                take(() -> joiner.add(piece, last));
            }
        }

        private void take(Piece piece) {
            try {
                deliver(piece.add());
            } catch (ProtocolException tooLong) {
                refuse(MESSAGE_TOO_BIG, "message too big", tooLong);
            } catch (IllegalStateException mixedForms) {
                refuse(INTERNAL_ERROR, "internal error", mixedForms);
            }
        }

        /**
         * Ends the socket over a message it cannot take: ignores the rest, closes with {@code code} and drops the
         * connection once the close is out (or after 2 s), without waiting for the peer's answer: a peer that sends
         * such a message may well go on sending. Then tells the listener.
         */
        private void refuse(int code, String reason, Exception why) {
            refused = true;
            String what = why.getMessage() + "; closed with " + code + " (" + reason + ")";
            LOG.warn("{}: {}", EventSubSocket.this, what);
            WebSocketConnection c = connection;
            if (c != null) {
                closeThenAbort(c, code, reason, true);
            }
            if (ended.compareAndSet(false, true)) {
                listener.onFailure(EventSubSocket.this, why instanceof ProtocolException
                        ? new ProtocolException(what) : new IllegalStateException(what));
            }
        }

        /** Hands a whole message on; null (the message is not whole yet) does nothing. */
        private void deliver(byte[] utf8) {
            if (utf8 == null || ended.get()) {
                return;
            }
            try {
                listener.onText(EventSubSocket.this, utf8);
            } catch (RuntimeException e) {
                // A listener bug must not stop reading; the engine's stages already catch their own errors.
                LOG.error("EventSub socket listener failed on a message; reading continues", e);
            }
        }

        @Override
        public void onPong() {
            if (!ended.get()) {
                listener.onPong(EventSubSocket.this);
            }
        }

        @Override
        public void onClose(int statusCode, String reason) {
            if (ended.compareAndSet(false, true)) {
                listener.onClosed(EventSubSocket.this, statusCode, reason);
            }
        }

        @Override
        public void onError(Throwable error) {
            if (ended.compareAndSet(false, true)) {
                listener.onFailure(EventSubSocket.this, error);
            }
        }
    }
}
