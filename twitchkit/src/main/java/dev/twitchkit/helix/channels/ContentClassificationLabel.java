package dev.twitchkit.helix.channels;

import dev.twitchkit.internal.Checks;

/**
 * A content classification label to switch on or off in Modify Channel Information. Twitch's ids:
 * {@code DebatedSocialIssuesAndPolitics}, {@code DrugsIntoxication}, {@code SexualThemes}, {@code ViolentGraphic},
 * {@code Gambling}, {@code ProfanityVulgarity} ({@code MatureGame} is set by Twitch from the category).
 *
 * @param id the label's id
 * @param isEnabled true to apply the label, false to remove it
 */
public record ContentClassificationLabel(String id, boolean isEnabled) {
    /** Rejects a blank id. */
    public ContentClassificationLabel {
        Checks.notBlank(id, "id");
    }

    /** The label switched on. */
    public static ContentClassificationLabel on(String id) {
        return new ContentClassificationLabel(id, true);
    }

    /** The label switched off. */
    public static ContentClassificationLabel off(String id) {
        return new ContentClassificationLabel(id, false);
    }
}
