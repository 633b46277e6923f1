package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The broadcaster updated the channel's properties (title, category, language, labels).
 *
 * <p>EventSub type {@code channel.update}, version {@code 2}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param title {@code title}
 * @param language {@code language}
 * @param categoryId {@code category_id}
 * @param categoryName {@code category_name}
 * @param contentClassificationLabels {@code content_classification_labels}; empty when Twitch sends none
 */
public record ChannelUpdateV2Event(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        String language,
        String categoryId,
        String categoryName,
        List<String> contentClassificationLabels) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelUpdateV2Event {
        contentClassificationLabels = contentClassificationLabels == null
                ? List.of()
                : List.copyOf(contentClassificationLabels);
    }
}
