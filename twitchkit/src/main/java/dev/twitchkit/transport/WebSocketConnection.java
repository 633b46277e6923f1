package dev.twitchkit.transport;

import java.util.concurrent.CompletableFuture;

/** One open WebSocket of a {@link WebSocketTransport}: the little the engine sends, and dropping it. */
public interface WebSocketConnection {
    /**
     * Sends a ping with an empty payload; the peer's pong reaches {@link WebSocketListener#onPong}. The future
     * fails when the connection can no longer send, which is how a drop the transport did not notice shows itself.
     */
    CompletableFuture<Void> ping();

    /**
     * Sends a close frame with this code and reason; completes once it is out (the peer's answer reaches
     * {@link WebSocketListener#onClose}), fails if it could not be sent.
     */
    CompletableFuture<Void> close(int code, String reason);

    /**
     * Drops the connection at once, without a close handshake. Whether the listener then hears
     * {@link WebSocketListener#onError} is the transport's choice: the engine ignores a socket it aborted.
     */
    void abort();
}
