package dev.twitchkit.helix.gueststar;

import java.util.List;

/**
 * A Guest Star session.
 *
 * @param id the session's id
 * @param guests who is in a slot, the host (slot {@code 0}) included
 */
public record GuestStarSession(String id, List<GuestStarGuest> guests) {
    /** Keeps the guest list unmodifiable; none when Twitch sends none. */
    public GuestStarSession {
        guests = guests == null ? List.of() : List.copyOf(guests);
    }
}
