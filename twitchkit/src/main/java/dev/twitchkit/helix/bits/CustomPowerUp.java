package dev.twitchkit.helix.bits;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A custom Power-up of a channel: a reward viewers redeem with Bits (Twitch's beta). Its shape follows the
 * channel points custom reward's, with {@code bits} for the cost.
 *
 * @param broadcasterId the channel
 * @param broadcasterLogin the channel's login
 * @param broadcasterName the channel's display name
 * @param id the Power-up's id
 * @param title its title
 * @param prompt the prompt shown to viewers
 * @param bits what it costs in Bits
 * @param image the uploaded images; null when none were uploaded
 * @param defaultImage the default images
 * @param backgroundColor its background colour, e.g. {@code #9147FF}
 * @param isEnabled whether viewers see it
 * @param isUserInputRequired whether viewers must enter text
 * @param maxPerStreamSetting the per-stream limit
 * @param maxPerUserPerStreamSetting the per-viewer per-stream limit
 * @param globalCooldownSetting the cooldown
 * @param isPaused whether redemptions are paused
 * @param isInStock whether it can be redeemed now
 * @param redemptionsRedeemedCurrentStream redemptions this stream; null when offline or without a limit
 * @param cooldownExpiresAt when the cooldown ends; null when not cooling down
 */
public record CustomPowerUp(String broadcasterId, String broadcasterLogin, String broadcasterName, String id,
                            String title, String prompt, int bits, Image image, Image defaultImage,
                            String backgroundColor, boolean isEnabled, boolean isUserInputRequired,
                            MaxPerStream maxPerStreamSetting, MaxPerUserPerStream maxPerUserPerStreamSetting,
                            GlobalCooldown globalCooldownSetting, boolean isPaused, boolean isInStock,
                            Integer redemptionsRedeemedCurrentStream, Instant cooldownExpiresAt) {
    /**
     * Image URLs by scale.
     *
     * @param url1x 28×28
     * @param url2x 56×56
     * @param url4x 112×112
     */
    public record Image(@JsonProperty("url_1x") String url1x, @JsonProperty("url_2x") String url2x,
                        @JsonProperty("url_4x") String url4x) {
    }

    /**
     * The per-stream limit.
     *
     * @param isEnabled whether it applies
     * @param maxPerStream the most redemptions per stream
     */
    public record MaxPerStream(boolean isEnabled, int maxPerStream) {
    }

    /**
     * The per-viewer per-stream limit.
     *
     * @param isEnabled whether it applies
     * @param maxPerUserPerStream the most redemptions per viewer per stream
     */
    public record MaxPerUserPerStream(boolean isEnabled, int maxPerUserPerStream) {
    }

    /**
     * The cooldown between redemptions.
     *
     * @param isEnabled whether it applies
     * @param globalCooldownSeconds its length in seconds
     */
    public record GlobalCooldown(boolean isEnabled, int globalCooldownSeconds) {
    }
}
