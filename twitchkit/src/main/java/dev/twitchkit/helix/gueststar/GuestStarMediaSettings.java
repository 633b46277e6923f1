package dev.twitchkit.helix.gueststar;

/**
 * A guest's audio or video in a Guest Star slot: both the host and the guest must allow it.
 *
 * @param isAvailable whether the guest has such a device to share
 * @param isHostEnabled whether the host lets it be seen or heard in the session
 * @param isGuestEnabled whether the guest transmits it
 */
public record GuestStarMediaSettings(boolean isAvailable, boolean isHostEnabled, boolean isGuestEnabled) {
}
