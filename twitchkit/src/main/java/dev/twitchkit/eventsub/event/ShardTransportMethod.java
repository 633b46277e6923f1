package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a shard receives notifications.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record ShardTransportMethod(String value) {
    /** {@code webhook} */
    public static final ShardTransportMethod WEBHOOK = new ShardTransportMethod("webhook");
    /** {@code websocket} */
    public static final ShardTransportMethod WEBSOCKET = new ShardTransportMethod("websocket");

    private static final List<ShardTransportMethod> KNOWN = List.of(WEBHOOK, WEBSOCKET);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ShardTransportMethod {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ShardTransportMethod of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (ShardTransportMethod known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new ShardTransportMethod(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<ShardTransportMethod> known() {
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
