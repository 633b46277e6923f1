package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A moderator warned a user.
 *
 * <p>EventSub type {@code channel.warning.send}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param reason {@code reason}; may be null: null when none was given
 * @param chatRulesCited {@code chat_rules_cited}; may be null: null when no rule was cited
 */
public record ChannelWarningSendEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String userId,
        String userLogin,
        String userName,
        String reason,
        List<String> chatRulesCited) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelWarningSendEvent {
        chatRulesCited = chatRulesCited == null ? null : List.copyOf(chatRulesCited);
    }
}
