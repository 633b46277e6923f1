package dev.twitchkit.eventsub.event;

/**
 * A guest or a slot changed in an active Guest Star session (beta).
 *
 * <p>EventSub type {@code channel.guest_star_guest.update}, version {@code beta}. Beta: Twitch may change it
 * without a new version.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id}); may be null: null when the host made
 *     the change
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login}); may be null: null when the
 *     host made the change
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name}); may be null: null when the
 *     host made the change
 * @param sessionId {@code session_id}
 * @param guestUserId the guest's user id ({@code guest_user_id}); may be null: null when the slot is empty
 * @param guestUserName the guest's display name ({@code guest_user_name}); may be null: null when the slot is empty
 * @param guestUserLogin the guest's login name ({@code guest_user_login}); may be null: null when the slot is empty
 * @param slotId {@code slot_id}; may be null: null when the guest is not in a slot
 * @param state {@code state}; may be null: null when the slot is empty
 * @param hostUserId the host's user id ({@code host_user_id})
 * @param hostUserName the host's display name ({@code host_user_name})
 * @param hostUserLogin the host's login name ({@code host_user_login})
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
