package dev.twitchkit.helix.gueststar;

import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.internal.Checks;

/**
 * What Update Guest Star Slot Settings changes for a slot: each member null is left as it is, and at least one must
 * be set. Start from {@link #none()}: {@code GuestStarSlotSettings.none().live(true).volume(80)}.
 *
 * @param isAudioEnabled whether the slot may share its audio (false mutes it in every view); null: unchanged
 * @param isVideoEnabled whether the slot may share its video; null: unchanged
 * @param isLive whether the slot is visible and heard in public views (the broadcasting software); null: unchanged
 * @param volume the slot's volume in shared views, 0 to 100; null: unchanged
 */
public record GuestStarSlotSettings(Boolean isAudioEnabled, Boolean isVideoEnabled, Boolean isLive,
                                    Integer volume) {
    /** Twitch's bounds on the volume. */
    public static final int MAX_VOLUME = 100;

    /** Checks the volume against Twitch's bounds (0 to 100). */
    public GuestStarSlotSettings {
        if (volume != null) {
            Checks.inRange(volume, 0, MAX_VOLUME, "volume");
        }
    }

    /** Settings that change nothing yet. */
    public static GuestStarSlotSettings none() {
        return new GuestStarSlotSettings(null, null, null, null);
    }

    /** These settings, also allowing or muting the slot's audio. */
    public GuestStarSlotSettings audio(boolean enabled) {
        return new GuestStarSlotSettings(enabled, isVideoEnabled, isLive, volume);
    }

    /** These settings, also allowing or hiding the slot's video. */
    public GuestStarSlotSettings video(boolean enabled) {
        return new GuestStarSlotSettings(isAudioEnabled, enabled, isLive, volume);
    }

    /** These settings, also taking the slot live or off air. */
    public GuestStarSlotSettings live(boolean live) {
        return new GuestStarSlotSettings(isAudioEnabled, isVideoEnabled, live, volume);
    }

    /** These settings, also setting the volume (0 to 100). */
    public GuestStarSlotSettings volume(int volume) {
        return new GuestStarSlotSettings(isAudioEnabled, isVideoEnabled, isLive, volume);
    }

    /** Adds the settings that are set to {@code query}. */
    HelixQuery addTo(HelixQuery query) {
        return query.add("is_audio_enabled", isAudioEnabled).add("is_video_enabled", isVideoEnabled)
                .add("is_live", isLive).add("volume", volume);
    }

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return isAudioEnabled == null && isVideoEnabled == null && isLive == null && volume == null;
    }
}
