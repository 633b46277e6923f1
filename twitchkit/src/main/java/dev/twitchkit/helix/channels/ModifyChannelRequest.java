package dev.twitchkit.helix.channels;

import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The changes of a Modify Channel Information call: only the fields set are sent, and at least one must be. Built
 * with {@link #builder()}, which checks Twitch's limits.
 *
 * @param gameId the category's id; {@code "0"} or empty removes it; null leaves it
 * @param broadcasterLanguage ISO 639-1 code or {@code other}; null leaves it
 * @param title 1 to 140 characters; null leaves it
 * @param delay stream delay in seconds, 0 to 900 (partners only); null leaves it
 * @param tags at most 10 tags of at most 25 letters or digits; empty removes all; null leaves them
 * @param contentClassificationLabels labels to switch on or off; null leaves them
 * @param isBrandedContent whether the channel has branded content; null leaves it
 */
public record ModifyChannelRequest(String gameId, String broadcasterLanguage, String title, Integer delay,
                                   List<String> tags, List<ContentClassificationLabel> contentClassificationLabels,
                                   Boolean isBrandedContent) {
    /** Twitch's limit on a title's length. */
    public static final int MAX_TITLE_LENGTH = 140;
    /** Twitch's longest stream delay, in seconds. */
    public static final int MAX_DELAY = 900;
    /** Twitch's limit on tags per channel. */
    public static final int MAX_TAGS = 10;
    /** Twitch's limit on a tag's length. */
    public static final int MAX_TAG_LENGTH = 25;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Checks Twitch's limits (see the components). */
    public ModifyChannelRequest {
        if (gameId == null && broadcasterLanguage == null && title == null && delay == null && tags == null
                && contentClassificationLabels == null && isBrandedContent == null) {
            throw new IllegalArgumentException("a channel modification must change at least one field");
        }
        if (title != null) {
            Checks.notBlank(title, "title");
            if (title.length() > MAX_TITLE_LENGTH) {
                throw new IllegalArgumentException("title must be at most " + MAX_TITLE_LENGTH
                        + " characters, got " + title.length());
            }
        }
        if (delay != null) {
            Checks.inRange(delay, 0, MAX_DELAY, "delay");
        }
        if (tags != null) {
            tags = List.copyOf(tags);
            checkTags(tags);
        }
        if (contentClassificationLabels != null) {
            contentClassificationLabels = List.copyOf(contentClassificationLabels);
        }
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    private static void checkTags(List<String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("at most " + MAX_TAGS + " tags, got " + tags.size());
        }
        for (String tag : tags) {
            Checks.notBlank(tag, "tag");
            if (tag.length() > MAX_TAG_LENGTH) {
                throw new IllegalArgumentException("tag '" + tag + "' is longer than " + MAX_TAG_LENGTH
                        + " characters");
            }
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("tag '" + tag + "' may hold only letters and digits "
                        + "(no spaces or special characters)");
            }
        }
    }

    /** Sets the fields to change; {@link #build()} checks them. */
    public static final class Builder {
        private String gameId;
        private String broadcasterLanguage;
        private String title;
        private Integer delay;
        private List<String> tags;
        private List<ContentClassificationLabel> labels;
        private Boolean brandedContent;

        private Builder() {
        }

        /** The category's id; {@code "0"} or empty removes the category. */
        public Builder gameId(String gameId) {
            this.gameId = Checks.notNull(gameId, "gameId");
            return this;
        }

        /** ISO 639-1 language code, or {@code other}. */
        public Builder broadcasterLanguage(String language) {
            this.broadcasterLanguage = Checks.notBlank(language, "language");
            return this;
        }

        /** The stream title, 1 to 140 characters. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The stream delay in seconds, 0 to 900; partners only. */
        public Builder delay(int seconds) {
            this.delay = seconds;
            return this;
        }

        /** Replaces the tags (an empty list removes them all). */
        public Builder tags(List<String> tags) {
            this.tags = Checks.notNull(tags, "tags");
            return this;
        }

        /** Switches a content classification label on or off (may be called for several labels). */
        public Builder label(String id, boolean enabled) {
            if (labels == null) {
                labels = new ArrayList<>();
            }
            labels.add(new ContentClassificationLabel(id, enabled));
            return this;
        }

        /** Whether the channel has branded content. */
        public Builder brandedContent(boolean branded) {
            this.brandedContent = branded;
            return this;
        }

        /** The request; {@link IllegalArgumentException} when nothing is set or a limit is broken. */
        public ModifyChannelRequest build() {
            return new ModifyChannelRequest(gameId, broadcasterLanguage, title, delay, tags, labels, brandedContent);
        }
    }
}
