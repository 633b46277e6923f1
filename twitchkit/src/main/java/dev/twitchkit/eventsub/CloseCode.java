package dev.twitchkit.eventsub;

import java.util.Optional;

/**
 * The close codes Twitch's EventSub WebSocket ends a session with, each with its meaning and what the client does
 * about it.
 */
public enum CloseCode {
    /** 4000: Twitch had an internal error; reconnect with backoff and resubscribe. */
    INTERNAL_SERVER_ERROR(4000, "Internal server error", Policy.RECONNECT),
    /** 4001: the client sent a data frame; Twitch accepts none. Our bug: reconnect and log an error. */
    CLIENT_SENT_INBOUND_TRAFFIC(4001, "Client sent inbound traffic", Policy.RECONNECT_AND_REPORT),
    /** 4002: the client did not answer a ping with a pong. Our bug: reconnect and log an error. */
    CLIENT_FAILED_PING_PONG(4002, "Client failed ping-pong", Policy.RECONNECT_AND_REPORT),
    /** 4003: no subscription was created in time after the welcome; wait for one instead of looping. */
    CONNECTION_UNUSED(4003, "Connection unused", Policy.WAIT_FOR_SUBSCRIPTION),
    /** 4004: an old socket outlived its reconnect grace; ignored when its successor is already welcomed. */
    RECONNECT_GRACE_TIME_EXPIRED(4004, "Reconnect grace time expired", Policy.IGNORE_IF_HANDED_OVER),
    /** 4005: a transient network timeout; reconnect with backoff. */
    NETWORK_TIMEOUT(4005, "Network timeout", Policy.RECONNECT),
    /** 4006: a transient network error; reconnect with backoff. */
    NETWORK_ERROR(4006, "Network error", Policy.RECONNECT),
    /** 4007: the reconnect URL was refused; fall back to the base URL and resubscribe everything. */
    INVALID_RECONNECT(4007, "Invalid reconnect", Policy.RECONNECT_TO_BASE_URL);

    /** What the session does when its socket closes with a code. */
    public enum Policy {
        /** Open a new session with backoff and recreate the subscriptions. */
        RECONNECT,
        /** As {@link #RECONNECT}, and report the close as an error: it means the client broke the protocol. */
        RECONNECT_AND_REPORT,
        /** Reconnect only when subscriptions exist; otherwise stay idle until one is asked for. */
        WAIT_FOR_SUBSCRIPTION,
        /** Nothing when the socket was already replaced by a welcomed successor; otherwise {@link #RECONNECT}. */
        IGNORE_IF_HANDED_OVER,
        /** Drop the reconnect URL, reconnect to the base URL and recreate every subscription. */
        RECONNECT_TO_BASE_URL
    }

    private final int code;
    private final String meaning;
    private final Policy policy;

    CloseCode(int code, String meaning, Policy policy) {
        this.code = code;
        this.meaning = meaning;
        this.policy = policy;
    }

    /** The numeric WebSocket close code. */
    public int code() {
        return code;
    }

    /** Twitch's name for the code. */
    public String meaning() {
        return meaning;
    }

    /** What the client does about it. */
    public Policy policy() {
        return policy;
    }

    /** The Twitch close code with this number; empty for other codes (1000, 1006, ...). */
    public static Optional<CloseCode> of(int code) {
        for (CloseCode c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
