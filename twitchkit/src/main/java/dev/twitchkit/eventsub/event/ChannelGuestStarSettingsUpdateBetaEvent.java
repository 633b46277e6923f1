package dev.twitchkit.eventsub.event;

/**
 * The host's Guest Star preferences changed (beta).
 *
 * <p>EventSub type {@code channel.guest_star_settings.update}, version {@code beta}. Beta: Twitch may change it
 * without a new version.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param isModeratorSendLiveEnabled whether moderator send live enabled ({@code is_moderator_send_live_enabled})
 * @param slotCount {@code slot_count}
 * @param isBrowserSourceAudioEnabled whether browser source audio enabled ({@code is_browser_source_audio_enabled})
 * @param groupLayout {@code group_layout}
 */
public record ChannelGuestStarSettingsUpdateBetaEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        boolean isModeratorSendLiveEnabled,
        int slotCount,
        boolean isBrowserSourceAudioEnabled,
        GuestStarGroupLayout groupLayout) implements EventSubEvent {
}
