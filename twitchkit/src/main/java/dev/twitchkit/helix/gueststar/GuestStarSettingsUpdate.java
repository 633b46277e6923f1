package dev.twitchkit.helix.gueststar;

import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.internal.Checks;

/**
 * What Update Channel Guest Star Settings changes (sent as query parameters, as in Twitch's examples): each member
 * null is left as it is. Start from {@link #none()} and set what changes:
 * {@code GuestStarSettingsUpdate.none().slotCount(4).groupLayout(GuestStarLayout.TILED)}.
 *
 * @param isModeratorSendLiveEnabled whether Guest Star moderators may take a guest live; null: unchanged
 * @param slotCount how many slots the host may add to a call, 1 to 6; null: unchanged
 * @param isBrowserSourceAudioEnabled whether browser sources play audio; null: unchanged
 * @param groupLayout the browser source's layout; null: unchanged
 * @param regenerateBrowserSources true to replace the browser source token, which invalidates every browser
 *     source configured so far; null or false: keep it
 */
public record GuestStarSettingsUpdate(Boolean isModeratorSendLiveEnabled, Integer slotCount,
                                      Boolean isBrowserSourceAudioEnabled, GuestStarLayout groupLayout,
                                      Boolean regenerateBrowserSources) {
    /** Twitch's bounds on the slot count. */
    public static final int MIN_SLOTS = 1;
    /** Twitch's bounds on the slot count. */
    public static final int MAX_SLOTS = 6;

    /** Checks the slot count against Twitch's bounds (1 to 6). */
    public GuestStarSettingsUpdate {
        if (slotCount != null) {
            Checks.inRange(slotCount, MIN_SLOTS, MAX_SLOTS, "slotCount");
        }
    }

    /** An update that changes nothing yet. */
    public static GuestStarSettingsUpdate none() {
        return new GuestStarSettingsUpdate(null, null, null, null, null);
    }

    /** This update, also setting whether moderators may take guests live. */
    public GuestStarSettingsUpdate moderatorSendLive(boolean enabled) {
        return new GuestStarSettingsUpdate(enabled, slotCount, isBrowserSourceAudioEnabled, groupLayout,
                regenerateBrowserSources);
    }

    /** This update, also setting the slot count (1 to 6). */
    public GuestStarSettingsUpdate slotCount(int slots) {
        return new GuestStarSettingsUpdate(isModeratorSendLiveEnabled, slots, isBrowserSourceAudioEnabled,
                groupLayout, regenerateBrowserSources);
    }

    /** This update, also setting whether browser sources play audio. */
    public GuestStarSettingsUpdate browserSourceAudio(boolean enabled) {
        return new GuestStarSettingsUpdate(isModeratorSendLiveEnabled, slotCount, enabled, groupLayout,
                regenerateBrowserSources);
    }

    /** This update, also setting the layout. */
    public GuestStarSettingsUpdate groupLayout(GuestStarLayout layout) {
        return new GuestStarSettingsUpdate(isModeratorSendLiveEnabled, slotCount, isBrowserSourceAudioEnabled,
                Checks.notNull(layout, "layout"), regenerateBrowserSources);
    }

    /** This update, also replacing the browser source token when true (configured browser sources stop working). */
    public GuestStarSettingsUpdate regenerateBrowserSources(boolean regenerate) {
        return new GuestStarSettingsUpdate(isModeratorSendLiveEnabled, slotCount, isBrowserSourceAudioEnabled,
                groupLayout, regenerate);
    }

    /** Whether it changes nothing (Twitch would be asked for nothing). */
    public boolean isEmpty() {
        return isModeratorSendLiveEnabled == null && slotCount == null && isBrowserSourceAudioEnabled == null
                && groupLayout == null && regenerateBrowserSources == null;
    }

    /** Twitch's examples (and the libraries that call it) send the settings as query parameters. */
    HelixQuery addTo(HelixQuery query) {
        return query.add("is_moderator_send_live_enabled", isModeratorSendLiveEnabled).add("slot_count", slotCount)
                .add("is_browser_source_audio_enabled", isBrowserSourceAudioEnabled)
                .add("group_layout", groupLayout == null ? null : groupLayout.value())
                .add("regenerate_browser_sources", regenerateBrowserSources);
    }
}
