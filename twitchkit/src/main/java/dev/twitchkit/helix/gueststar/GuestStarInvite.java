package dev.twitchkit.helix.gueststar;

import java.time.Instant;

/**
 * A pending invite to a Guest Star session.
 *
 * @param userId the invited user
 * @param invitedAt when the user was invited
 * @param status how far the user is on the way in
 * @param isVideoEnabled false when the user hid their video
 * @param isAudioEnabled false when the user muted themselves
 * @param isVideoAvailable whether the user has a video device to share
 * @param isAudioAvailable whether the user has an audio device to share
 */
public record GuestStarInvite(String userId, Instant invitedAt, GuestStarInviteStatus status,
                              boolean isVideoEnabled, boolean isAudioEnabled, boolean isVideoAvailable,
                              boolean isAudioAvailable) {
}
