package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ChatCatalog;
import dev.twitchkit.mock.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emote and badge endpoints, served from the mock's fixed {@link ChatCatalog}: each answer carries Twitch's
 * image address {@code template} beside the emotes.
 */
final class EmotesAndBadgesRoute {
    static final int MAX_EMOTE_SETS = 25;
    private static final PageCursor USER_EMOTES = new PageCursor("user-emotes");
    private final World world;

    EmotesAndBadgesRoute(World world) {
        this.world = world;
    }

    HttpReply channelEmotes(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        AuthStore.User broadcaster = world.requireUser(request.query("broadcaster_id"), "broadcaster_id");
        return emotes(ChatCatalog.channelEmotes(broadcaster.id(), broadcaster.login()), true, false);
    }

    HttpReply globalEmotes(HttpExchange exchange) {
        return emotes(ChatCatalog.globalEmotes(), false, false);
    }

    HttpReply emoteSets(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        List<String> sets = request.queryAll("emote_set_id", MAX_EMOTE_SETS);
        if (sets.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"emote_set_id\"");
        }
        List<ChatCatalog.Emote> found = new ArrayList<>();
        for (String set : sets.stream().distinct().toList()) {
            if (set.equals(ChatCatalog.GLOBAL_SET)) {
                found.addAll(ChatCatalog.globalEmotes());
            }
            ChatCatalog.ownerOfSet(set).flatMap(world::user).ifPresent(owner ->
                    ChatCatalog.channelEmotes(owner.id(), owner.login()).stream()
                            .filter(e -> e.emoteSetId().equals(set)).forEach(found::add));
        }
        return emotes(found, false, true);
    }

    HttpReply userEmotes(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:read:emotes");
        String userId = request.tokenUser("user_id");
        world.requireUser(userId, "user_id");
        List<ChatCatalog.Emote> emotes = new ArrayList<>(ChatCatalog.globalEmotes());
        request.optionalQuery("broadcaster_id").flatMap(world::user).ifPresent(b ->
                ChatCatalog.channelEmotes(b.id(), b.login()).stream()
                        .filter(e -> e.emoteType().equals("follower")).forEach(emotes::add));
        ObjectNode page = request.page(emotes, USER_EMOTES, emotes.size(), emotes.size(), e -> {
            ObjectNode node = emote(e, false, true);
            node.remove("images");
            return node;
        });
        page.put("template", ChatCatalog.EMOTE_TEMPLATE);
        return HttpReply.ok(page);
    }

    HttpReply channelBadges(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        world.requireUser(request.query("broadcaster_id"), "broadcaster_id");
        return badges(ChatCatalog.channelBadges());
    }

    HttpReply globalBadges(HttpExchange exchange) {
        return badges(ChatCatalog.globalBadges());
    }

    private static HttpReply emotes(List<ChatCatalog.Emote> emotes, boolean withTier, boolean withOwner) {
        ObjectNode body = HelixRequest.data(emotes, e -> emote(e, withTier, withOwner));
        body.put("template", ChatCatalog.EMOTE_TEMPLATE);
        return HttpReply.ok(body);
    }

    private static ObjectNode emote(ChatCatalog.Emote e, boolean withTier, boolean withOwner) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", e.id());
        node.put("name", e.name());
        ObjectNode images = node.putObject("images");
        for (String scale : List.of("1", "2", "4")) {
            images.put("url_" + scale + "x", "https://static-cdn.jtvnw.net/emoticons/v2/" + e.id()
                    + "/static/light/" + scale + ".0");
        }
        if (withTier) {
            node.put("tier", e.tier());
        }
        if (withTier || withOwner) {
            node.put("emote_type", e.emoteType());
            node.put("emote_set_id", e.emoteSetId());
        }
        if (withOwner) {
            node.put("owner_id", e.ownerId());
        }
        strings(node.putArray("format"), e.format());
        strings(node.putArray("scale"), e.scale());
        strings(node.putArray("theme_mode"), e.themeMode());
        return node;
    }

    private static HttpReply badges(List<ChatCatalog.BadgeSet> sets) {
        return HttpReply.ok(HelixRequest.data(sets, set -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("set_id", set.setId());
            ArrayNode versions = node.putArray("versions");
            set.versions().forEach(v -> {
                ObjectNode version = versions.addObject();
                version.put("id", v.id());
                for (String scale : List.of("1", "2", "4")) {
                    version.put("image_url_" + scale + "x", "https://static-cdn.jtvnw.net/badges/v1/" + set.setId()
                            + "-" + v.id() + "/" + scale);
                }
                version.put("title", v.title());
                version.put("description", v.description());
                version.put("click_action", v.clickAction());
                version.put("click_url", v.clickUrl());
            });
            return node;
        }));
    }

    private static void strings(ArrayNode into, List<String> values) {
        values.forEach(into::add);
    }
}
