package dev.twitchkit.eventsub.event;

/**
 * A guest or a slot changed in an active Guest Star session (beta).
 *
 * <p>EventSub type {@code channel.guest_star_guest.update}, version {@code beta}. Beta: Twitch may change it
 * without a new version.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}; may be null: null when the host made the change
 * @param moderatorUserLogin {@code moderator_user_login}; may be null: null when the host made the change
 * @param moderatorUserName {@code moderator_user_name}; may be null: null when the host made the change
 * @param sessionId {@code session_id}
 * @param guestUserId {@code guest_user_id}; may be null: null when the slot is empty
 * @param guestUserName {@code guest_user_name}; may be null: null when the slot is empty
 * @param guestUserLogin {@code guest_user_login}; may be null: null when the slot is empty
 * @param slotId {@code slot_id}; may be null: null when the guest is not in a slot
 * @param state {@code state}; may be null: null when the slot is empty
 * @param hostUserId {@code host_user_id}
 * @param hostUserName {@code host_user_name}
 * @param hostUserLogin {@code host_user_login}
 * @param hostVideoEnabled {@code host_video_enabled}; may be null: null when the guest is not in a slot
 * @param hostAudioEnabled {@code host_audio_enabled}; may be null: null when the guest is not in a slot
 * @param hostVolume {@code host_volume}; may be null: null when the guest is not in a slot
 */
public record ChannelGuestStarGuestUpdateBetaEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String sessionId,
        String guestUserId,
        String guestUserName,
        String guestUserLogin,
        String slotId,
        GuestStarState state,
        String hostUserId,
        String hostUserName,
        String hostUserLogin,
        Boolean hostVideoEnabled,
        Boolean hostAudioEnabled,
        Integer hostVolume) implements EventSubEvent {
}
