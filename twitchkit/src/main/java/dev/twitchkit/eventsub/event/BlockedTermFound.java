package dev.twitchkit.eventsub.event;

/**
 * A blocked term found in a message, and whose list it is on.
 *
 * @param termId {@code term_id}
 * @param boundary {@code boundary}
 * @param ownerBroadcasterUserId {@code owner_broadcaster_user_id}
 * @param ownerBroadcasterUserLogin {@code owner_broadcaster_user_login}
 * @param ownerBroadcasterUserName {@code owner_broadcaster_user_name}
 */
public record BlockedTermFound(
        String termId,
        Boundary boundary,
        String ownerBroadcasterUserId,
        String ownerBroadcasterUserLogin,
        String ownerBroadcasterUserName) {
}
