package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A chat message was sent by a suspicious user.
 *
 * <p>EventSub type {@code channel.suspicious_user.message}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param lowTrustStatus {@code low_trust_status}
 * @param sharedBanChannelIds {@code shared_ban_channel_ids}; empty when Twitch sends none
 * @param types {@code types}; empty when Twitch sends none
 * @param banEvasionEvaluation {@code ban_evasion_evaluation}
 * @param message {@code message}
 */
public record ChannelSuspiciousUserMessageEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        LowTrustStatus lowTrustStatus,
        List<String> sharedBanChannelIds,
        List<SuspiciousUserType> types,
        BanEvasionEvaluation banEvasionEvaluation,
        SuspiciousUserMessage message) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelSuspiciousUserMessageEvent {
        sharedBanChannelIds = sharedBanChannelIds == null ? List.of() : List.copyOf(sharedBanChannelIds);
        types = types == null ? List.of() : List.copyOf(types);
    }
}
