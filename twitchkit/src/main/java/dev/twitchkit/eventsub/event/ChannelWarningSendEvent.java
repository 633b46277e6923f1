package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A moderator warned a user.
 *
 * <p>EventSub type {@code channel.warning.send}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
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
