package dev.twitchkit.helix.gueststar;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;

/**
 * A guest in a slot of a Guest Star session.
 *
 * @param slotId the slot: {@code 0} is the host's, guests have {@code 1}, {@code 2}…, and a screen share is
 *     {@code SCREENSHARE} (Twitch's create and end examples call it {@code id}; both names bind)
 * @param isLive whether the guest is visible in the host's browser source
 * @param userId the guest's user id
 * @param userDisplayName the guest's display name
 * @param userLogin the guest's login name
 * @param volume the host's volume for this guest, 0 to 100
 * @param assignedAt when the guest was assigned the slot
 * @param audioSettings the guest's audio
 * @param videoSettings the guest's video
 */
public record GuestStarGuest(@JsonAlias("id") String slotId, boolean isLive, String userId, String userDisplayName,
                             String userLogin, int volume, Instant assignedAt, GuestStarMediaSettings audioSettings,
                             GuestStarMediaSettings videoSettings) {
}
