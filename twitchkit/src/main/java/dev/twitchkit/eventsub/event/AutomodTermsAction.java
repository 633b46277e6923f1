package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What happened to AutoMod terms.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record AutomodTermsAction(String value) {
    /** {@code add_permitted} */
    public static final AutomodTermsAction ADD_PERMITTED = new AutomodTermsAction("add_permitted");
    /** {@code remove_permitted} */
    public static final AutomodTermsAction REMOVE_PERMITTED = new AutomodTermsAction("remove_permitted");
    /** {@code add_blocked} */
    public static final AutomodTermsAction ADD_BLOCKED = new AutomodTermsAction("add_blocked");
    /** {@code remove_blocked} */
    public static final AutomodTermsAction REMOVE_BLOCKED = new AutomodTermsAction("remove_blocked");

    private static final List<AutomodTermsAction> KNOWN = List.of(
            ADD_PERMITTED, REMOVE_PERMITTED, ADD_BLOCKED, REMOVE_BLOCKED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public AutomodTermsAction {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static AutomodTermsAction of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (AutomodTermsAction known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new AutomodTermsAction(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<AutomodTermsAction> known() {
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
