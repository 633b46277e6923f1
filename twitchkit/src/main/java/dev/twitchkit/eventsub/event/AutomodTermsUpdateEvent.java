package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A broadcaster's AutoMod permitted or blocked terms changed.
 *
 * <p>EventSub type {@code automod.terms.update}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param action {@code action}
 * @param fromAutomod {@code from_automod}
 * @param terms {@code terms}; empty when Twitch sends none
 */
public record AutomodTermsUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        AutomodTermsAction action,
        boolean fromAutomod,
        List<String> terms) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public AutomodTermsUpdateEvent {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
