package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.eventsub.EventSubServer;
import dev.twitchkit.mock.internal.eventsub.SocketSession;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An EventSub WebSocket session of the mock, to script what happens to it: reconnects, closes, lost
 * keepalives, dropped connections, raw frames and revocations. A session keeps its id across a requested
 * reconnect; operations on a disconnected session throw {@link IllegalStateException}.
 */
public final class MockSession {
    private final EventSubServer server;
    private final String id;

    MockSession(EventSubServer server, String id) {
        this.server = server;
        this.id = id;
    }

    /** The session id the welcome carried. */
    public String id() {
        return id;
    }

    /** Whether the session is alive (connected, or reconnecting to a new socket). */
    public boolean connected() {
        return state().connected();
    }

    /** The user whose token created this session's subscriptions, once there is one. */
    public Optional<String> userId() {
        return Optional.ofNullable(state().userId());
    }

    /** The keepalive the welcome announced, in seconds. */
    public int keepaliveSeconds() {
        return state().keepaliveSeconds();
    }

    public Instant connectedAt() {
        return state().connectedAt();
    }

    /** The subscriptions with this session as transport, in every status. */
    public List<MockSubscription> subscriptions() {
        return server.subscriptions().stream()
                .filter(s -> s.isWebSocket() && s.transport().target().equals(id))
                .map(EventSubServer::snapshot)
                .toList();
    }

    /**
     * Sends {@code session_reconnect}. The returned URL (also in the message) welcomes this same session
     * once; the old socket keeps receiving notifications until then and is closed with 4004 if still open
     * after the reconnect grace.
     */
    public URI sendReconnect() {
        return URI.create(server.reconnect(id));
    }

    /** Closes the socket with a close code; see {@link Fault.Close}. */
    public void close(int code) {
        server.close(id, code);
    }

    /** Stops {@code session_keepalive} messages on the current socket. */
    public void stopKeepalives() {
        server.stopKeepalives(id);
    }

    /** Drops the TCP connection without a close frame. */
    public void dropTcp() {
        server.dropTcp(id);
    }

    /** Sends a text frame as is. */
    public void sendRaw(String frame) {
        server.sendRaw(id, frame);
    }

    /**
     * Revokes one of this session's subscriptions with a {@code revocation} message.
     *
     * @param status {@code user_removed}, {@code authorization_revoked}, {@code version_removed} or
     *     {@code moderator_removed}
     */
    public void revoke(String subscriptionId, String status) {
        boolean ours = subscriptions().stream().anyMatch(s -> s.id().equals(subscriptionId));
        if (!ours) {
            throw new IllegalArgumentException("subscription " + subscriptionId + " is not on session " + id);
        }
        server.revoke(subscriptionId, status);
    }

    /** Applies a fault. */
    public void apply(Fault fault) {
        if (fault instanceof Fault.StopKeepalives) {
            stopKeepalives();
        } else if (fault instanceof Fault.Close close) {
            close(close.code());
        } else if (fault instanceof Fault.DropTcp) {
            dropTcp();
        } else if (fault instanceof Fault.RawFrame raw) {
            sendRaw(raw.text());
        } else if (fault instanceof Fault.Reconnect) {
            sendReconnect();
        } else {
            throw new IllegalArgumentException("unknown fault: " + fault);
        }
    }

    private SocketSession state() {
        return server.session(id).orElseThrow(() -> new IllegalStateException("no such session: " + id));
    }

    @Override
    public String toString() {
        return "MockSession[" + id + "]";
    }
}
