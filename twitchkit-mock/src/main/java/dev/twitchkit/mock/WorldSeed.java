package dev.twitchkit.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A world described in JSON, applied through the mock's public API, so a seeded mock is the same as one scripted from
 * code (the same events raised, the same checks). Users are named by login everywhere:
 * <pre>{@code
 * {
 *   "users": [{"login": "streamer", "scopes": ["user:read:chat"], "broadcaster_type": "affiliate"},
 *             {"login": "viewer"}],
 *   "follows": [{"user": "viewer", "broadcaster": "streamer"}],
 *   "subscriptions": [{"user": "viewer", "broadcaster": "streamer", "tier": "1000", "gifter": null}],
 *   "moderators": [{"user": "viewer", "broadcaster": "streamer"}],
 *   "editors": [{"user": "viewer", "broadcaster": "streamer"}],
 *   "streams": [{"broadcaster": "streamer"}]
 * }
 * }</pre>
 * Every member is optional. A login that exists already is used as it is (it gets no new token), and a broadcaster
 * live already stays on its stream, so a document can be seeded again into a mock that kept its world; a bad document
 * fails with an {@link IllegalArgumentException} naming the member, after the members before it were applied.
 */
final class WorldSeed {
    private final MockTwitch twitch;
    private final ObjectMapper json;
    private final Map<String, MockUser> created = new LinkedHashMap<>();

    WorldSeed(MockTwitch twitch, ObjectMapper json) {
        this.twitch = twitch;
        this.json = json;
    }

    /** Applies the document; returns the users it created, by login, each with a user token. */
    Map<String, MockUser> apply(String document) {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the world file is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the world file must hold a JSON object");
        }
        for (JsonNode user : array(root, "users")) {
            createUser(user);
        }
        for (JsonNode follow : array(root, "follows")) {
            twitch.follow(id(follow, "user"), id(follow, "broadcaster"));
        }
        for (JsonNode sub : array(root, "subscriptions")) {
            String tier = optional(sub, "tier", "1000");
            String gifter = optional(sub, "gifter", null);
            if (gifter == null) {
                twitch.subscribe(id(sub, "user"), id(sub, "broadcaster"), tier);
            } else {
                twitch.giftSubscription(loginToId(gifter), id(sub, "user"), id(sub, "broadcaster"), tier);
            }
        }
        for (JsonNode mod : array(root, "moderators")) {
            twitch.grantModerator(id(mod, "broadcaster"), id(mod, "user"));
        }
        for (JsonNode editor : array(root, "editors")) {
            twitch.addEditor(id(editor, "broadcaster"), id(editor, "user"));
        }
        for (JsonNode stream : array(root, "streams")) {
            String broadcaster = id(stream, "broadcaster");
            if (!twitch.isLive(broadcaster)) { // a mock restored from a saved state may be live already
                twitch.startStream(broadcaster);
            }
        }
        return Map.copyOf(created);
    }

    private void createUser(JsonNode user) {
        String login = text(user, "login", "users[].login");
        if (twitch.userIdByLogin(login).isPresent()) {
            return;
        }
        List<String> scopes = new ArrayList<>();
        for (JsonNode scope : array(user, "scopes")) {
            if (!scope.isString()) {
                throw new IllegalArgumentException("users[].scopes must hold strings, got " + scope);
            }
            scopes.add(scope.asString());
        }
        MockUser made = twitch.createUser(login, scopes.toArray(String[]::new));
        created.put(made.login(), made);
        String type = optional(user, "broadcaster_type", null);
        if (type != null) {
            twitch.setBroadcasterType(made.id(), type);
        }
    }

    private String id(JsonNode node, String field) {
        return loginToId(text(node, field, field));
    }

    private String loginToId(String login) {
        return twitch.userIdByLogin(login)
                .orElseThrow(() -> new IllegalArgumentException("no user with login " + login + " in the world"));
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException("\"" + what + "\" is required and must be a string");
        }
        return value.asString();
    }

    private static String optional(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asString();
    }
}
