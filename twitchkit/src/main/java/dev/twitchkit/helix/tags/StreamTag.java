package dev.twitchkit.helix.tags;

import java.util.Map;

/**
 * One of the stream tags Twitch used to define (deprecated: channels now set free-form tags with Modify Channel
 * Information).
 *
 * @param tagId the tag's id
 * @param isAuto whether Twitch applies the tag itself (broadcasters cannot add such tags)
 * @param localizationNames the tag's name per locale, keyed like {@code en-us}
 * @param localizationDescriptions the tag's description per locale, keyed like {@code en-us}
 */
public record StreamTag(String tagId, boolean isAuto, Map<String, String> localizationNames,
                        Map<String, String> localizationDescriptions) {
    /** Keeps the maps unmodifiable; empty when Twitch sends none. */
    public StreamTag {
        localizationNames = localizationNames == null ? Map.of() : Map.copyOf(localizationNames);
        localizationDescriptions = localizationDescriptions == null ? Map.of()
                : Map.copyOf(localizationDescriptions);
    }
}
