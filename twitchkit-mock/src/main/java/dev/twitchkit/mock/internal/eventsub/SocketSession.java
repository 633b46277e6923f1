package dev.twitchkit.mock.internal.eventsub;

import java.time.Instant;

/**
 * One EventSub session: an id that survives a requested reconnect, and the connection its notifications
 * currently go to. State changes happen under the {@link EventSubServer}'s lock; reads on the send path are
 * volatile.
 */
public final class SocketSession {
    /** Where a session is in its life. */
    public enum State { CONNECTED, RECONNECTING, CLOSED }

    private final String id;
    private final int keepaliveSeconds;
    private final Instant connectedAt;
    private volatile WsConnection current;
    private volatile State state = State.CONNECTED;
    private volatile String userId;
    private volatile String clientId;
    /** Whether it ever got a subscription or a shard, which exempts it from the 4003 rule. */
    private volatile boolean used;
    private volatile Instant disconnectedAt;

    SocketSession(String id, int keepaliveSeconds, Instant connectedAt, WsConnection first) {
        this.id = id;
        this.keepaliveSeconds = keepaliveSeconds;
        this.connectedAt = connectedAt;
        this.current = first;
    }

    public String id() {
        return id;
    }

    public int keepaliveSeconds() {
        return keepaliveSeconds;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    /** The connection notifications go to: the old one during a reconnect until the new one is welcomed. */
    public WsConnection current() {
        return current;
    }

    void current(WsConnection connection) {
        this.current = connection;
    }

    public State state() {
        return state;
    }

    void state(State state) {
        this.state = state;
    }

    public boolean connected() {
        return state != State.CLOSED;
    }

    /** The user whose token created this session's subscriptions; null until the first one. */
    public String userId() {
        return userId;
    }

    public String clientId() {
        return clientId;
    }

    void owner(String clientId, String userId) {
        this.clientId = clientId;
        this.userId = userId;
    }

    public boolean used() {
        return used;
    }

    public void markUsed() {
        this.used = true;
    }

    public Instant disconnectedAt() {
        return disconnectedAt;
    }

    void disconnectedAt(Instant at) {
        this.disconnectedAt = at;
    }
}
