package dev.twitchkit.helix.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where the harassment that led to a block took place.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch spells it
 */
public record BlockSourceContext(String value) {
    /** {@code chat} */
    public static final BlockSourceContext CHAT = new BlockSourceContext("chat");
    /** {@code whisper} */
    public static final BlockSourceContext WHISPER = new BlockSourceContext("whisper");

    private static final List<BlockSourceContext> KNOWN = List.of(CHAT, WHISPER);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public BlockSourceContext {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static BlockSourceContext of(String value) {
        Objects.requireNonNull(value, "value");
        return KNOWN.stream().filter(k -> k.value.equals(value)).findFirst().orElseGet(() -> new BlockSourceContext(value));
    }

    /** Every value this version of the library knows. */
    public static List<BlockSourceContext> known() {
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
