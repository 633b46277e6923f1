package dev.twitchkit.helix.gueststar;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A channel's Guest Star settings.
 *
 * @param isModeratorSendLiveEnabled whether Guest Star moderators may take a guest in a slot live
 * @param slotCount how many slots the host may add to a call (1 to 6)
 * @param isBrowserSourceAudioEnabled whether browser sources of the channel's sessions play audio
 * @param groupLayout how live guests are laid out in the browser source (Twitch's example calls it
 *     {@code layout}; both names bind)
 * @param browserSourceToken the view-only token that browser source addresses are made from
 */
public record GuestStarSettings(boolean isModeratorSendLiveEnabled, int slotCount,
                                boolean isBrowserSourceAudioEnabled,
                                @JsonAlias("layout") GuestStarLayout groupLayout, String browserSourceToken) {
    /** Hides the browser source token, which lets anyone view the channel's sessions. */
    @Override
    public String toString() {
        return "GuestStarSettings[isModeratorSendLiveEnabled=" + isModeratorSendLiveEnabled + ", slotCount="
                + slotCount + ", isBrowserSourceAudioEnabled=" + isBrowserSourceAudioEnabled + ", groupLayout="
                + groupLayout + ", browserSourceToken=***]";
    }
}
