package dev.twitchkit.helix.extensions;

import java.util.List;
import java.util.Map;

/**
 * An extension as Get Extensions and Get Released Extensions describe it.
 *
 * @param authorName who owns it
 * @param bitsEnabled whether it has features that use Bits
 * @param canInstall whether a user can install it (false while it is in test and allowlisted)
 * @param configurationLocation where its configuration lives: {@code hosted}, {@code custom} or {@code none}
 * @param description the long description
 * @param eulaTosUrl its terms of service
 * @param hasChatSupport whether it can talk to the channel's chat
 * @param iconUrl the default icon
 * @param iconUrls icons by size ({@code 24x24}, {@code 100x100}, {@code 300x200})
 * @param id its id (its client id)
 * @param name its name
 * @param privacyPolicyUrl its privacy policy
 * @param requestIdentityLink whether it asks viewers to link their identity
 * @param screenshotUrls its screenshots
 * @param state its state: {@code Released}, {@code InTest}, {@code Approved}, … as Twitch names them
 * @param subscriptionsSupportLevel {@code none} or {@code optional}: whether it may see a viewer's subscription
 * @param summary the short description in the Extensions manager
 * @param supportEmail the support address
 * @param version its version
 * @param viewerSummary the description shown on the channel
 * @param views how it is shown in each place
 * @param allowlistedConfigUrls allowlisted configuration URLs
 * @param allowlistedPanelUrls allowlisted panel URLs
 */
public record Extension(String authorName, boolean bitsEnabled, boolean canInstall, String configurationLocation,
                        String description, String eulaTosUrl, boolean hasChatSupport, String iconUrl,
                        Map<String, String> iconUrls, String id, String name, String privacyPolicyUrl,
                        boolean requestIdentityLink, List<String> screenshotUrls, String state,
                        String subscriptionsSupportLevel, String summary, String supportEmail, String version,
                        String viewerSummary, ExtensionViews views, List<String> allowlistedConfigUrls,
                        List<String> allowlistedPanelUrls) {
    /** Copies the collections; null counts as empty. */
    public Extension {
        iconUrls = iconUrls == null ? Map.of() : Map.copyOf(iconUrls);
        screenshotUrls = screenshotUrls == null ? List.of() : List.copyOf(screenshotUrls);
        allowlistedConfigUrls = allowlistedConfigUrls == null ? List.of() : List.copyOf(allowlistedConfigUrls);
        allowlistedPanelUrls = allowlistedPanelUrls == null ? List.of() : List.copyOf(allowlistedPanelUrls);
    }
}
