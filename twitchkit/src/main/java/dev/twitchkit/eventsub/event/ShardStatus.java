package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Why a conduit shard is (or is not) enabled.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ShardStatus(String value) {
    /** {@code enabled} */
    public static final ShardStatus ENABLED = new ShardStatus("enabled");
    /** {@code webhook_callback_verification_pending} */
    public static final ShardStatus WEBHOOK_CALLBACK_VERIFICATION_PENDING =
            new ShardStatus("webhook_callback_verification_pending");
    /** {@code webhook_callback_verification_failed} */
    public static final ShardStatus WEBHOOK_CALLBACK_VERIFICATION_FAILED =
            new ShardStatus("webhook_callback_verification_failed");
    /** {@code notification_failures_exceeded} */
    public static final ShardStatus NOTIFICATION_FAILURES_EXCEEDED = new ShardStatus("notification_failures_exceeded");
    /** {@code websocket_disconnected} */
    public static final ShardStatus WEBSOCKET_DISCONNECTED = new ShardStatus("websocket_disconnected");
    /** {@code websocket_failed_ping_pong} */
    public static final ShardStatus WEBSOCKET_FAILED_PING_PONG = new ShardStatus("websocket_failed_ping_pong");
    /** {@code websocket_received_inbound_traffic} */
    public static final ShardStatus WEBSOCKET_RECEIVED_INBOUND_TRAFFIC =
            new ShardStatus("websocket_received_inbound_traffic");
    /** {@code websocket_internal_error} */
    public static final ShardStatus WEBSOCKET_INTERNAL_ERROR = new ShardStatus("websocket_internal_error");
    /** {@code websocket_network_timeout} */
    public static final ShardStatus WEBSOCKET_NETWORK_TIMEOUT = new ShardStatus("websocket_network_timeout");
    /** {@code websocket_network_error} */
    public static final ShardStatus WEBSOCKET_NETWORK_ERROR = new ShardStatus("websocket_network_error");
    /** {@code websocket_failed_to_reconnect} */
    public static final ShardStatus WEBSOCKET_FAILED_TO_RECONNECT = new ShardStatus("websocket_failed_to_reconnect");

    private static final List<ShardStatus> KNOWN = List.of(
            ENABLED, WEBHOOK_CALLBACK_VERIFICATION_PENDING, WEBHOOK_CALLBACK_VERIFICATION_FAILED,
            NOTIFICATION_FAILURES_EXCEEDED, WEBSOCKET_DISCONNECTED, WEBSOCKET_FAILED_PING_PONG,
            WEBSOCKET_RECEIVED_INBOUND_TRAFFIC, WEBSOCKET_INTERNAL_ERROR, WEBSOCKET_NETWORK_TIMEOUT,
            WEBSOCKET_NETWORK_ERROR, WEBSOCKET_FAILED_TO_RECONNECT);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ShardStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ShardStatus of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ShardStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ShardStatus(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ShardStatus> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** The value as Twitch sends it. */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
