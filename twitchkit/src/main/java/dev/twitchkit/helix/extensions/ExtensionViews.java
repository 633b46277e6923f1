package dev.twitchkit.helix.extensions;

/**
 * How an extension is shown in each place it may be activated; a place it does not support is null.
 *
 * @param mobile on mobile devices
 * @param panel as a panel
 * @param videoOverlay as a video overlay
 * @param component as a video component
 * @param config the broadcaster's configuration page
 */
public record ExtensionViews(Mobile mobile, Panel panel, VideoOverlay videoOverlay, Component component,
                             Config config) {
    /**
     * The mobile view.
     *
     * @param viewerUrl the HTML page shown to viewers
     */
    public record Mobile(String viewerUrl) {
    }

    /**
     * The panel view.
     *
     * @param viewerUrl the HTML page shown to viewers
     * @param height the panel's height in pixels
     * @param canLinkExternalContent whether it may link outside Twitch
     */
    public record Panel(String viewerUrl, int height, boolean canLinkExternalContent) {
    }

    /**
     * The video overlay view.
     *
     * @param viewerUrl the HTML page shown to viewers
     * @param canLinkExternalContent whether it may link outside Twitch
     */
    public record VideoOverlay(String viewerUrl, boolean canLinkExternalContent) {
    }

    /**
     * The video component view.
     *
     * @param viewerUrl the HTML page shown to viewers
     * @param aspectRatioX the width of the width:height ratio
     * @param aspectRatioY the height of the width:height ratio
     * @param autoscale whether a CSS zoom keeps the inner size fixed at {@code scalePixels}
     * @param scalePixels the base width when autoscaling
     * @param targetHeight the height as a percentage (1–100) of the largest component height
     * @param canLinkExternalContent whether it may link outside Twitch
     */
    public record Component(String viewerUrl, int aspectRatioX, int aspectRatioY, boolean autoscale,
                            int scalePixels, int targetHeight, boolean canLinkExternalContent) {
    }

    /**
     * The configuration view.
     *
     * @param viewerUrl the HTML page shown to the broadcaster
     * @param canLinkExternalContent whether it may link outside Twitch
     */
    public record Config(String viewerUrl, boolean canLinkExternalContent) {
    }
}
