package dev.twitchkit.helix.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where an extension can be activated.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch spells it
 */
public record ExtensionType(String value) {
    /** {@code component} */
    public static final ExtensionType COMPONENT = new ExtensionType("component");
    /** {@code mobile} */
    public static final ExtensionType MOBILE = new ExtensionType("mobile");
    /** {@code overlay} */
    public static final ExtensionType OVERLAY = new ExtensionType("overlay");
    /** {@code panel} */
    public static final ExtensionType PANEL = new ExtensionType("panel");

    private static final List<ExtensionType> KNOWN = List.of(COMPONENT, MOBILE, OVERLAY, PANEL);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public ExtensionType {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static ExtensionType of(String value) {
        Objects.requireNonNull(value, "value");
        return KNOWN.stream().filter(k -> k.value.equals(value)).findFirst().orElseGet(() -> new ExtensionType(value));
    }

    /** Every value this version of the library knows. */
    public static List<ExtensionType> known() {
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
