package dev.twitchkit.helix.entitlements;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where a Drops entitlement stands: the viewer claimed the benefit, then the developer fulfilled it.
 *
 * <p>A closed set that stays open: a value Twitch adds later is a new instance with {@link #isKnown()} false.
 *
 * @param value the value as Twitch sends it
 */
public record FulfillmentStatus(String value) {
    /** {@code CLAIMED}: the viewer claimed the benefit. */
    public static final FulfillmentStatus CLAIMED = new FulfillmentStatus("CLAIMED");
    /** {@code FULFILLED}: the developer granted it. */
    public static final FulfillmentStatus FULFILLED = new FulfillmentStatus("FULFILLED");

    private static final List<FulfillmentStatus> KNOWN = List.of(CLAIMED, FULFILLED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public FulfillmentStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static FulfillmentStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (FulfillmentStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new FulfillmentStatus(value);
    }

    /** Every value this version of the library knows. */
    public static List<FulfillmentStatus> known() {
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
