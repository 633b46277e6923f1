package dev.twitchkit.eventsub.internal.socket;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EventSub WebSocket on the JDK's {@link WebSocket}: joins partial text frames into messages and hands them to
 * its {@link SocketListener}. It always requests more input, whatever the listener does, because the JDK only
 * reads (and answers Twitch's pings) while there is demand. It never sends data frames: Twitch closes a socket
 * that does (4001); it may send pings, control frames that Twitch answers.
 *
 * <p>A message may be at most {@code maxMessageChars} long: the JDK hands a text frame over in pieces as it
 * arrives, so a longer one is refused as soon as its received part passes the cap — the socket is closed with
 * 1009 (message too big), the listener hears {@link SocketListener#onFailure} with a {@link ProtocolException},
 * and nothing more is read — so a fragmented message of any size never takes more heap than the cap. The
 * buffer that joins the pieces goes back to its small size after a large message.
 */
public final class EventSubSocket {
    /**
     * The default cap of a message, in characters: Twitch's largest messages (a chat message with all its
     * fragments, a prediction with ten outcomes and their top predictors) are tens of KB, so 1 Mi characters is far
     * above any of them, while joining one takes a few MiB of heap at most.
     */
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 1 << 20;
    /** A joining buffer larger than this (in characters) is dropped after its message, not kept for the next. */
    static final int RETAINED_BUFFER_CHARS = 16 * 1024;
    private static final int MESSAGE_TOO_BIG = 1009;
    private static final Logger LOG = LoggerFactory.getLogger(EventSubSocket.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final HttpClient http;
    private final URI uri;
    private final Duration connectTimeout;
    private final int maxMessageChars;
    private final SocketListener listener;
    private final Executor handshakeExecutor;
    private final Reader reader = new Reader();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WebSocket webSocket;
    private volatile CompletableFuture<Void> opened;

    private EventSubSocket(HttpClient http, URI uri, Duration connectTimeout, int maxMessageChars,
                           SocketListener listener, Executor handshakeExecutor) {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be positive, got " + maxMessageChars);
        }
        this.http = http;
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.maxMessageChars = maxMessageChars;
        this.listener = listener;
        this.handshakeExecutor = orInline(handshakeExecutor);
    }

    /**
     * A socket to {@code uri} that opens on {@link #start()}: the caller records it first, so that a message or a
     * failure arriving on the very thread that starts it is recognized as this socket's. A message longer than
     * {@code maxMessageChars} ends the socket (see the class comment).
     *
     * @param handshakeExecutor where the handshake's outcome is handled and the first frames (the welcome) are read:
     *     the client's session timer thread, so no unnamed thread of the common pool ever runs the socket's steps
     */
    public static EventSubSocket create(HttpClient http, URI uri, Duration connectTimeout, int maxMessageChars,
                                        SocketListener listener, Executor handshakeExecutor) {
        return new EventSubSocket(http, uri, connectTimeout, maxMessageChars, listener, handshakeExecutor);
    }

    /** {@link #create} and {@link #start} at once, with the default cap, the handshake handled on the common pool. */
    public static EventSubSocket connect(HttpClient http, URI uri, Duration connectTimeout,
                                         SocketListener listener) {
        return connect(http, uri, connectTimeout, DEFAULT_MAX_MESSAGE_CHARS, listener, ForkJoinPool.commonPool());
    }

    /** {@link #create} and {@link #start} at once, with the default cap. */
    public static EventSubSocket connect(HttpClient http, URI uri, Duration connectTimeout,
                                         SocketListener listener, Executor handshakeExecutor) {
        return connect(http, uri, connectTimeout, DEFAULT_MAX_MESSAGE_CHARS, listener, handshakeExecutor);
    }

    /** {@link #create} and {@link #start} at once, the handshake handled on the common pool. */
    public static EventSubSocket connect(HttpClient http, URI uri, Duration connectTimeout, int maxMessageChars,
                                         SocketListener listener) {
        return connect(http, uri, connectTimeout, maxMessageChars, listener, ForkJoinPool.commonPool());
    }

    /**
     * {@link #create} and {@link #start} at once. Its first message may reach the listener before this returns: a
     * caller that must know the socket first uses {@link #create} and {@link #start}.
     */
    public static EventSubSocket connect(HttpClient http, URI uri, Duration connectTimeout, int maxMessageChars,
                                         SocketListener listener, Executor handshakeExecutor) {
        EventSubSocket socket = create(http, uri, connectTimeout, maxMessageChars, listener, handshakeExecutor);
        socket.start();
        return socket;
    }

    /** Begins the handshake; a second call does nothing. If the handshake fails, the listener hears onFailure. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<WebSocket> handshake;
        try {
            handshake = http.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(uri, reader);
        } catch (RuntimeException e) { // e.g. a URL that is not ws:// or wss://
            handshake = CompletableFuture.failedFuture(e);
        }
        // Async: a failure is never reported inside start(), where the caller may hold its own lock mid-change.
        opened = handshake.whenCompleteAsync((ws, error) -> {
            if (error != null) {
                if (ended.compareAndSet(false, true)) {
                    listener.onFailure(this, error);
                }
            } else {
                webSocket = ws;
                // The first frames (the welcome) are read on this thread: the JDK completes the handshake on a
                // thread of the common pool, unnamed ("Thread-7") on a machine of two cores. Later frames arrive
                // on the HTTP client's threads.
                ws.request(1);
            }
        }, handshakeExecutor).thenApply(ws -> (Void) null);
    }

    /**
     * {@code executor}, or the completing thread once it refuses work (the client closed its timer thread): the
     * socket must still learn of its WebSocket, or an {@link #abort()} waiting for the handshake would never run.
     */
    private static Executor orInline(Executor executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException shutDown) {
                task.run();
            }
        };
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
     * open or its output is closed, which is how a connection the JDK never reported as dropped shows itself.
     */
    public CompletableFuture<Void> ping() {
        WebSocket ws = webSocket;
        if (ws == null) {
            return CompletableFuture.failedFuture(new IOException("the socket is not open"));
        }
        try {
            return ws.sendPing(ByteBuffer.allocate(0)).thenApply(sent -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Closes politely (1000); the peer's answer or the abort after a short wait ends the socket. */
    public void close() {
        WebSocket ws = webSocket;
        if (ws == null || ws.isOutputClosed()) {
            abort();
            return;
        }
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "")
                .orTimeout(2, TimeUnit.SECONDS)
                .whenComplete((r, e) -> {
                    if (e != null) {
                        abort();
                    }
                });
    }

    /** Drops the connection at once, without a close handshake. */
    public void abort() {
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.abort();
        } else if (opened != null) {
            // Still handshaking: drop the connection as soon as it exists.
            opened.thenRun(() -> webSocket.abort());
        }
    }

    /**
     * How many characters the buffer that joins a message's pieces can hold now; for tests, which read it after
     * the listener had the message (the buffer is resized before the message is handed over).
     */
    int joiningCapacity() {
        return reader.partial.capacity();
    }

    @Override
    public String toString() {
        return "socket#" + id;
    }

    /** The JDK callback; kept private so the socket's public surface is just open/close/abort. */
    private final class Reader implements WebSocket.Listener {
        /** Used by the JDK's deliveries of this socket's messages, which come one at a time. */
        private StringBuilder partial = new StringBuilder();
        private boolean refused;

        /** Reading starts once the handshake's outcome is handled: see {@link #connect}. */
        @Override
        public void onOpen(WebSocket ws) {
            webSocket = ws;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            if (refused) {
                return null; // no more demand: nothing more of this socket is read
            }
            long received = (long) partial.length() + data.length();
            if (received > maxMessageChars) {
                refuse(ws, received);
                return null;
            }
            try {
                if (!last) {
                    append(data);
                } else if (partial.length() > 0) {
                    append(data);
                    deliver(takeMessage());
                } else {
                    deliver(data.toString());
                }
            } finally {
                ws.request(1);
            }
            return null;
        }

        /** The joined message; the buffer is emptied, and replaced when a large message grew it. */
        private String takeMessage() {
            String text = partial.toString();
            if (partial.capacity() > RETAINED_BUFFER_CHARS) {
                partial = new StringBuilder();
            } else {
                partial.setLength(0);
            }
            return text;
        }

        /**
         * Ends the socket over a message past the cap: drops what was joined, stops reading, closes with 1009 and
         * drops the connection once the close is out (or after 2 s), without waiting for the peer's answer: a peer
         * that sends such a message may well go on sending. Then tells the listener.
         */
        private void refuse(WebSocket ws, long received) {
            refused = true;
            partial = new StringBuilder();
            String why = "a message longer than " + maxMessageChars + " characters (" + received
                    + " received so far); closed with 1009 (message too big)";
            LOG.warn("{}: {}", EventSubSocket.this, why);
            ws.sendClose(MESSAGE_TOO_BIG, "message too big")
                    .orTimeout(2, TimeUnit.SECONDS)
                    .whenComplete((r, e) -> ws.abort());
            if (ended.compareAndSet(false, true)) {
                listener.onFailure(EventSubSocket.this, new ProtocolException(why));
            }
        }

        /**
         * The JDK hands text as a {@link CharBuffer}; {@code StringBuilder.append(CharSequence)} would copy it a
         * char at a time, the array form copies it in bulk.
         */
        private void append(CharSequence data) {
            if (data instanceof CharBuffer buffer && buffer.hasArray()) {
                partial.append(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            } else {
                partial.append(data);
            }
        }

        private void deliver(String text) {
            if (ended.get()) {
                return;
            }
            try {
                listener.onText(EventSubSocket.this, text);
            } catch (RuntimeException e) {
                // A listener bug must not stop reading; the engine's stages already catch their own errors.
                LOG.error("EventSub socket listener failed on a message; reading continues", e);
            }
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            ws.request(1); // the JDK sends the pong itself
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            try {
                if (!ended.get()) {
                    listener.onPong(EventSubSocket.this);
                }
            } finally {
                ws.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (ended.compareAndSet(false, true)) {
                listener.onClosed(EventSubSocket.this, statusCode, reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (ended.compareAndSet(false, true)) {
                listener.onFailure(EventSubSocket.this, error);
            }
        }
    }
}
