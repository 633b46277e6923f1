package dev.twitchkit.eventsub.event;

/**
 * An unban request was approved, denied or canceled.
 *
 * <p>EventSub type {@code channel.unban_request.resolve}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}; may be null: null when the user canceled the request
 * @param moderatorUserLogin {@code moderator_user_login}; may be null: null when the user canceled the request
 * @param moderatorUserName {@code moderator_user_name}; may be null: null when the user canceled the request
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
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
