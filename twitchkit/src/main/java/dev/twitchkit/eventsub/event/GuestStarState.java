package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A guest's state in a Guest Star session.
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the event. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record GuestStarState(String value) {
    /** {@code invited} */
    public static final GuestStarState INVITED = new GuestStarState("invited");
    /** {@code accepted} */
    public static final GuestStarState ACCEPTED = new GuestStarState("accepted");
    /** {@code ready} */
    public static final GuestStarState READY = new GuestStarState("ready");
    /** {@code backstage} */
    public static final GuestStarState BACKSTAGE = new GuestStarState("backstage");
    /** {@code live} */
    public static final GuestStarState LIVE = new GuestStarState("live");
    /** {@code removed} */
    public static final GuestStarState REMOVED = new GuestStarState("removed");

    private static final List<GuestStarState> KNOWN = List.of(INVITED, ACCEPTED, READY, BACKSTAGE, LIVE, REMOVED);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public GuestStarState {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static GuestStarState of(String value) {
        Objects.requireNonNull(value, "value");
        String normalized = value;
        for (GuestStarState known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new GuestStarState(normalized);
    }

    /** Every value this version of the library knows. */
    public static List<GuestStarState> known() {
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
