package dev.twitchkit.helix.gueststar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where an invited guest is on the way into a Guest Star session: invited, in the waiting room
 * ({@code ACCEPTED}), or ready to be assigned a slot ({@code READY}).
 *
 * <p>A closed set that stays open: a value Twitch adds later arrives as a new instance with {@link #isKnown()}
 * false instead of failing the call. Compare with {@code equals} or the constants.
 *
 * @param value the value as Twitch sends it
 */
public record GuestStarInviteStatus(String value) {
    /** {@code INVITED} */
    public static final GuestStarInviteStatus INVITED = new GuestStarInviteStatus("INVITED");
    /** {@code ACCEPTED} */
    public static final GuestStarInviteStatus ACCEPTED = new GuestStarInviteStatus("ACCEPTED");
    /** {@code READY} */
    public static final GuestStarInviteStatus READY = new GuestStarInviteStatus("READY");

    private static final List<GuestStarInviteStatus> KNOWN = List.of(INVITED, ACCEPTED, READY);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public GuestStarInviteStatus {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static GuestStarInviteStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (GuestStarInviteStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new GuestStarInviteStatus(value);
    }

    /** Every value this version of the library knows. */
    public static List<GuestStarInviteStatus> known() {
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
