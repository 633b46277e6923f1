package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * Details of a warn action.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param reason {@code reason}; may be null: null when none was given
 * @param chatRulesCited {@code chat_rules_cited}; may be null: null when no rule was cited
 */
public record ModerateWarn(
        String userId,
        String userLogin,
        String userName,
        String reason,
        List<String> chatRulesCited) {
    /** Copies lists so the record stays immutable. */
    public ModerateWarn {
        chatRulesCited = chatRulesCited == null ? null : List.copyOf(chatRulesCited);
    }
}
