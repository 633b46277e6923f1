package dev.twitchkit.eventsub.event;

/**
 * A moderator or bot ran a moderation action in the channel (one sub-object per action).
 *
 * <p>EventSub type {@code channel.moderate}, version {@code 2}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param sourceBroadcasterUserId the source channel's user id ({@code source_broadcaster_user_id}); may be null:
 *     set only when it comes from another channel of a shared chat session
 * @param sourceBroadcasterUserLogin the source channel's login name ({@code source_broadcaster_user_login}); may be
 *     null: set only when it comes from another channel of a shared chat session
 * @param sourceBroadcasterUserName the source channel's display name ({@code source_broadcaster_user_name}); may be
 *     null: set only when it comes from another channel of a shared chat session
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param action {@code action}
 * @param followers {@code followers}; may be null: null unless {@code action} names it
 * @param slow {@code slow}; may be null: null unless {@code action} names it
 * @param vip {@code vip}; may be null: null unless {@code action} names it
 * @param unvip {@code unvip}; may be null: null unless {@code action} names it
 * @param mod {@code mod}; may be null: null unless {@code action} names it
 * @param unmod {@code unmod}; may be null: null unless {@code action} names it
 * @param ban {@code ban}; may be null: null unless {@code action} names it
 * @param unban {@code unban}; may be null: null unless {@code action} names it
 * @param timeout {@code timeout}; may be null: null unless {@code action} names it
 * @param untimeout {@code untimeout}; may be null: null unless {@code action} names it
 * @param raid {@code raid}; may be null: null unless {@code action} names it
 * @param unraid {@code unraid}; may be null: null unless {@code action} names it
 * @param delete {@code delete}; may be null: null unless {@code action} names it
 * @param automodTerms {@code automod_terms}; may be null: null unless {@code action} names it
 * @param unbanRequest {@code unban_request}; may be null: null unless {@code action} names it
 * @param sharedChatBan {@code shared_chat_ban}; may be null: null unless {@code action} names it
 * @param sharedChatUnban {@code shared_chat_unban}; may be null: null unless {@code action} names it
 * @param sharedChatTimeout {@code shared_chat_timeout}; may be null: null unless {@code action} names it
 * @param sharedChatUntimeout {@code shared_chat_untimeout}; may be null: null unless {@code action} names it
 * @param sharedChatDelete {@code shared_chat_delete}; may be null: null unless {@code action} names it
 * @param warn {@code warn}; may be null: null unless {@code action} names it
 */
public record ChannelModerateV2Event(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String sourceBroadcasterUserId,
        String sourceBroadcasterUserLogin,
        String sourceBroadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        ModerateAction action,
        ModerateFollowers followers,
        ModerateSlow slow,
        ModerateUser vip,
        ModerateUser unvip,
        ModerateUser mod,
        ModerateUser unmod,
        ModerateBan ban,
        ModerateUser unban,
        ModerateTimeout timeout,
        ModerateUser untimeout,
        ModerateRaid raid,
        ModerateUser unraid,
        ModerateDelete delete,
        ModerateAutomodTerms automodTerms,
        ModerateUnbanRequest unbanRequest,
        ModerateBan sharedChatBan,
        ModerateUser sharedChatUnban,
        ModerateTimeout sharedChatTimeout,
        ModerateUser sharedChatUntimeout,
        ModerateDelete sharedChatDelete,
        ModerateWarn warn) implements EventSubEvent {
}
