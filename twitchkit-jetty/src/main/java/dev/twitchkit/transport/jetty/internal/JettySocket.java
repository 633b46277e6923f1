package dev.twitchkit.transport.jetty.internal;

import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.thread.SerializedInvoker;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * One connection of the Jetty transport: Jetty's endpoint for it and the engine's handle on it. Public only because
 * Jetty calls an endpoint through public method handles; not API.
 *
 * <p>It demands one frame at a time ({@link Session#demand()} after each call has returned), so a slow listener
 * slows its socket instead of filling memory. Jetty's calls go through a {@link SerializedInvoker}: an error from a
 * write on another thread, or one raised inside a listener call (a ping that fails), waits for the current call to
 * return, so the listener hears one call at a time.
 *
 * <p>Jetty answers pings itself (this class has no {@code onWebSocketPing}) and skips binary frames (none of its
 * methods takes them, so Jetty demands the next frame itself; Twitch sends none). A close frame without a reason
 * gives an empty one; an end without a close frame (Jetty's 1006) is reported as an error.
 */
public final class JettySocket implements Session.Listener, WebSocketConnection {
    private static final int MAX_CONTROL_FRAME_BYTES = 125;
    private final WebSocketListener listener;
    private final long maxFrameBytes;
    private final CompletableFuture<WebSocketConnection> opened = new CompletableFuture<>();
    private final AtomicBoolean handshakeSettled = new AtomicBoolean();
    private final SerializedInvoker calls = new SerializedInvoker(JettySocket.class);
    private volatile Session session;
    private volatile boolean aborted;
    /** Only read and written inside {@link #calls}. */
    private boolean open;
    /** Only read and written inside {@link #calls}. */
    private boolean ended;

    /**
     * A connection that tells {@code listener} what happens once the handshake is done.
     *
     * @param maxFrameBytes the frame limit: a frame is read whole up to it (and delivered as one piece), a larger
     *                      one is refused; see {@link #maxFrameBytes(int)}
     */
    public JettySocket(WebSocketListener listener, long maxFrameBytes) {
        this.listener = listener;
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * The frame limit for a cap of {@code maxMessageChars}: the most its characters take in UTF-8
     * ({@link WebSocketTransport#maxUtf8Bytes}), so a message at the cap always fits in one frame, and no frame
     * makes Jetty hold more than that. At least 125 bytes, a control frame's largest:
     * Jetty holds its own outgoing frames to the limit too, and a close frame it could not send (its reason
     * explains the refusal) would leave the connection hanging.
     */
    public static long maxFrameBytes(int maxMessageChars) {
        return Math.max(MAX_CONTROL_FRAME_BYTES, WebSocketTransport.maxUtf8Bytes(maxMessageChars));
    }

    /** Completes with this connection once the listener heard onOpen; fails if the handshake did not succeed. */
    public CompletableFuture<WebSocketConnection> opened() {
        return opened;
    }

    /**
     * Fails the handshake unless it already succeeded (a timeout, or Jetty's own failure); a session that opens
     * afterwards is dropped unannounced.
     */
    public void failHandshake(Throwable cause) {
        if (handshakeSettled.compareAndSet(false, true)) {
            opened.completeExceptionally(cause);
        }
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        // Before the first demand, so before any frame is parsed.
        session.setMaxFrameSize(maxFrameBytes);
        session.setMaxTextMessageSize(maxFrameBytes);
        calls.run(() -> {
            if (!handshakeSettled.compareAndSet(false, true)) {
                ended = true; // timed out meanwhile: the engine already heard of the failure
                session.disconnect();
                return;
            }
            open = true;
            try {
                listener.onOpen(this);
            } finally {
                opened.complete(this);
                demandIfLive();
            }
        });
    }

    @Override
    public void onWebSocketPartialText(String piece, boolean last) {
        calls.run(() -> {
            try {
                if (live()) {
                    listener.onText(piece, last);
                }
            } finally {
                demandIfLive();
            }
        });
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        calls.run(() -> {
            try {
                if (live()) {
                    listener.onPong();
                }
            } finally {
                demandIfLive();
            }
        });
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        calls.run(() -> {
            if (statusCode == StatusCode.NO_CLOSE) {
                end(() -> listener.onError(new IOException(reason == null || reason.isBlank()
                        ? "connection lost without a close frame"
                        : "connection lost without a close frame: " + reason)));
            } else {
                end(() -> listener.onClose(statusCode, reason == null ? "" : reason));
            }
        });
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        calls.run(() -> end(() -> listener.onError(cause)));
    }

    /** Runs the connection's one last call, if it was open, not aborted and not already ended. */
    private void end(Runnable lastCall) {
        if (live()) {
            ended = true;
            lastCall.run();
        }
    }

    private boolean live() {
        return open && !ended && !aborted;
    }

    private void demandIfLive() {
        if (live()) {
            session.demand();
        }
    }

    @Override
    public CompletableFuture<Void> ping() {
        Callback.Completable sent = new Callback.Completable();
        try {
            session.sendPing(ByteBuffer.allocate(0), sent);
        } catch (RuntimeException e) {
            sent.completeExceptionally(e);
        }
        return sent;
    }

    @Override
    public CompletableFuture<Void> close(int code, String reason) {
        Callback.Completable sent = new Callback.Completable();
        try {
            session.close(code, reason, sent);
        } catch (RuntimeException e) {
            sent.completeExceptionally(e);
        }
        return sent;
    }

    /** Drops the connection; the listener hears nothing more of it (the engine ignores a socket it aborted). */
    @Override
    public void abort() {
        aborted = true;
        Session s = session;
        if (s != null) {
            s.disconnect();
        }
    }

    @Override
    public String toString() {
        Session s = session;
        return "JettySocket[" + (s == null ? "handshaking" : s.getRemoteSocketAddress()) + "]";
    }
}
