package dev.twitchkit.helix.users;

import java.util.Map;

/**
 * A user's extension slots by type, each keyed by slot number ({@code "1"}, {@code "2"}…). In an update, only the
 * slots given change.
 *
 * @param panel the panel slots
 * @param overlay the video-overlay slots
 * @param component the video-component slots
 */
public record ActiveExtensions(Map<String, ActiveExtension> panel, Map<String, ActiveExtension> overlay,
                               Map<String, ActiveExtension> component) {
    /** Copies the collections; null counts as empty. */
    public ActiveExtensions {
        panel = panel == null ? Map.of() : Map.copyOf(panel);
        overlay = overlay == null ? Map.of() : Map.copyOf(overlay);
        component = component == null ? Map.of() : Map.copyOf(component);
    }

    /** Twitch's {@code {"data": {...}}} envelope of this endpoint, which holds an object, not a list. */
    record Envelope(ActiveExtensions data) {
    }
}
