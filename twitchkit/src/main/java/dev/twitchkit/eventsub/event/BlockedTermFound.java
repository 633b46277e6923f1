package dev.twitchkit.eventsub.event;

/**
 * A blocked term found in a message, and whose list it is on.
 *
 * @param termId {@code term_id}
 * @param boundary {@code boundary}
 * @param ownerBroadcasterUserId the term list owner's user id ({@code owner_broadcaster_user_id})
 * @param ownerBroadcasterUserLogin the term list owner's login name ({@code owner_broadcaster_user_login})
 * @param ownerBroadcasterUserName the term list owner's display name ({@code owner_broadcaster_user_name})
 */
public record BlockedTermFound(
        String termId,
        Boundary boundary,
        String ownerBroadcasterUserId,
        String ownerBroadcasterUserLogin,
        String ownerBroadcasterUserName) {
}
