package dev.twitchkit.mock.internal.helix.channels;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Channels;
import dev.twitchkit.mock.internal.world.Games;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The body of Modify Channel Information, checked by Twitch's rules: at least one field; a title of 1 to 140
 * characters; a game the mock knows ({@code "0"} or empty unsets it); a language Twitch supports (else left
 * unchanged, as Twitch does); a delay of 0 to 900 s, for partners only; at most 10 tags of at most 25 letters and
 * digits; content classification labels among Twitch's, {@code MatureGame} excepted (Twitch sets it from the game).
 */
record ChannelUpdate(String title, String gameId, String language, Integer delay, List<String> tags,
                     List<Label> labels, Boolean brandedContent) {
    static final int MAX_TITLE = 140;
    static final int MAX_DELAY = 900;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 25;
    static final Set<String> LABELS = Set.of("DebatedSocialIssuesAndPolitics", "DrugsIntoxication",
            "SexualThemes", "ViolentGraphic", "Gambling", "ProfanityVulgarity");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|other");

    /** One label to enable or disable. */
    record Label(String id, boolean enabled) {
    }

    static ChannelUpdate parse(JsonNode body, boolean partner) {
        if (!body.isObject() || body.isEmpty()) {
            throw TwitchHttpError.badRequest("The request must update at least one property.");
        }
        String title = HelixRequest.optionalText(body, "title");
        if (title != null && title.isBlank()) {
            throw TwitchHttpError.badRequest("The `title` field may not contain an empty string.");
        }
        if (title != null && title.length() > MAX_TITLE) {
            throw TwitchHttpError.badRequest("The `title` field is limited to " + MAX_TITLE + " characters.");
        }
        String gameId = HelixRequest.optionalText(body, "game_id");
        if (gameId != null && !gameId.isEmpty() && !gameId.equals("0") && Games.nameOf(gameId).isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in `game_id` is not valid.");
        }
        String language = HelixRequest.optionalText(body, "broadcaster_language");
        Integer delay = HelixRequest.optionalInt(body, "delay", 0, MAX_DELAY);
        if (delay != null && !partner) {
            throw TwitchHttpError.badRequest("To update the `delay` field, the broadcaster must have partner status.");
        }
        return new ChannelUpdate(title, gameId, language != null && LANGUAGE.matcher(language).matches()
                ? language : null, delay, tags(body.get("tags")), labels(body.get("content_classification_labels")),
                HelixRequest.optionalBool(body, "is_branded_content"));
    }

    Channels.Info applyTo(Channels.Info old) {
        String newGameId = gameId == null ? old.gameId() : gameId.equals("0") ? "" : gameId;
        String gameName = newGameId.isEmpty() ? "" : Games.nameOf(newGameId).orElse("");
        List<String> newLabels = old.labels();
        if (labels != null) {
            Set<String> set = new LinkedHashSet<>(old.labels());
            labels.forEach(l -> {
                if (l.enabled()) {
                    set.add(l.id());
                } else {
                    set.remove(l.id());
                }
            });
            newLabels = List.copyOf(set);
        }
        return new Channels.Info(old.broadcasterId(), language == null ? old.language() : language, newGameId,
                gameName, title == null ? old.title() : title, delay == null ? old.delay() : delay,
                tags == null ? old.tags() : tags, newLabels,
                brandedContent == null ? old.brandedContent() : brandedContent);
    }

    private static List<String> tags(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw TwitchHttpError.badRequest("The parameter \"tags\" must be an array of strings");
        }
        if (node.size() > MAX_TAGS) {
            throw TwitchHttpError.badRequest("The list in the `tags` field exceeds the maximum number of tags "
                    + "allowed (" + MAX_TAGS + ").");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node) {
            if (!tag.isString() || tag.asString().isEmpty()) {
                throw TwitchHttpError.badRequest("A tag in the `tags` field is empty.");
            }
            String text = tag.asString();
            if (text.length() > MAX_TAG_LENGTH) {
                throw TwitchHttpError.badRequest("A tag in the `tags` field exceeds the maximum length allowed ("
                        + MAX_TAG_LENGTH + ").");
            }
            if (!TAG.matcher(text).matches()) {
                throw TwitchHttpError.badRequest("A tag in the `tags` field contains special characters or spaces.");
            }
            tags.add(text);
        }
        return List.copyOf(new LinkedHashSet<>(tags));
    }

    private static List<Label> labels(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw TwitchHttpError.badRequest("The parameter \"content_classification_labels\" must be an array");
        }
        List<Label> labels = new ArrayList<>();
        for (JsonNode label : node) {
            if (!label.isObject()) {
                throw TwitchHttpError.badRequest("A content classification label must be an object with id and "
                        + "is_enabled");
            }
            String id = HelixRequest.text(label, "id");
            Boolean enabled = HelixRequest.optionalBool(label, "is_enabled");
            if (enabled == null) {
                throw TwitchHttpError.badRequest("Missing required parameter \"is_enabled\"");
            }
            if (id.equals("MatureGame")) {
                throw TwitchHttpError.forbidden("User requested gaming CCLs to be added to their channel");
            }
            if (!LABELS.contains(id)) {
                throw TwitchHttpError.badRequest("The content classification label " + id + " is not valid.");
            }
            labels.add(new Label(id, enabled));
        }
        return labels;
    }
}
