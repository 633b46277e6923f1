package dev.twitchkit.eventsub.event;

/**
 * An unban request was approved, denied or canceled.
 *
 * <p>EventSub type {@code channel.unban_request.resolve}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id}); may be null: null when the user
 *     canceled the request
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login}); may be null: null when the
 *     user canceled the request
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name}); may be null: null when the
 *     user canceled the request
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param resolutionText {@code resolution_text}; may be null: null when no text was given
 * @param status {@code status}
 */
public record ChannelUnbanRequestResolveEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String userId,
        String userLogin,
        String userName,
        String resolutionText,
        UnbanRequestStatus status) implements EventSubEvent {
}
