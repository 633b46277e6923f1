package dev.twitchkit.eventsub.event;

/**
 * The broadcaster updated the channel's properties (title, category, language, labels).
 *
 * <p>EventSub type {@code channel.update}, version {@code 1}. Legacy: no longer in Twitch's reference, still
 * served.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param title {@code title}
 * @param language {@code language}
 * @param categoryId {@code category_id}
 * @param categoryName {@code category_name}
 * @param isMature whether mature ({@code is_mature})
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
