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
public record TransportMethod(String value) {
    /** {@code webhook} */
    public static final TransportMethod WEBHOOK = new TransportMethod("webhook");
    /** {@code websocket} */
    public static final TransportMethod WEBSOCKET = new TransportMethod("websocket");

    private static final List<TransportMethod> KNOWN = List.of(WEBHOOK, WEBSOCKET);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public TransportMethod {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static TransportMethod of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (TransportMethod known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new TransportMethod(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<TransportMethod> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

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
