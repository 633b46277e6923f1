package dev.twitchkit.eventsub.event;

/**
 * The broadcaster updated the channel's properties (title, category, language, labels).
 *
 * <p>EventSub type {@code channel.update}, version {@code 1}. Legacy: no longer in Twitch's reference, still
 * served.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param title {@code title}
 * @param language {@code language}
 * @param categoryId {@code category_id}
 * @param categoryName {@code category_name}
 * @param isMature {@code is_mature}
 */
public record ChannelUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        String language,
        String categoryId,
        String categoryName,
        boolean isMature) implements EventSubEvent {
}
