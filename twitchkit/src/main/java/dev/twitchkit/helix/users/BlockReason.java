package dev.twitchkit.helix.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Why a user blocks another.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch spells it
 */
public record BlockReason(String value) {
    /** {@code harassment} */
    public static final BlockReason HARASSMENT = new BlockReason("harassment");
    /** {@code spam} */
    public static final BlockReason SPAM = new BlockReason("spam");
    /** {@code other} */
    public static final BlockReason OTHER = new BlockReason("other");

    private static final List<BlockReason> KNOWN = List.of(HARASSMENT, SPAM, OTHER);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public BlockReason {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static BlockReason of(String value) {
        Objects.requireNonNull(value, "value");
        return KNOWN.stream().filter(k -> k.value.equals(value)).findFirst().orElseGet(() -> new BlockReason(value));
    }

    /** Every value this version of the library knows. */
    public static List<BlockReason> known() {
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
