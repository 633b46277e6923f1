package dev.twitchkit.mock.internal.helix.tags;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.StreamTags;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tags (deprecated by Twitch): the tags Twitch defines, filtered by up to 100 ids (duplicates kept, unknown ones
 * ignored, as Twitch says), 20 a page by default and up to 100; and the tags on a channel's stream.
 */
public final class TagsRoutes {
    static final int MAX_TAG_IDS = 100;
    private static final PageCursor ALL = new PageCursor("tags");
    private final World world;

    public TagsRoutes(World world) {
        this.world = world;
    }

    public void mount(Router router) {
        router.helix("GET", "/tags/streams", this::allTags);
        router.helix("GET", "/streams/tags", this::streamTags);
    }

    HttpReply allTags(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        if (exchange.queryAll("tag_id").stream().anyMatch(String::isBlank)) {
            throw TwitchHttpError.badRequest("The tag_id query parameter is empty");
        }
        List<String> ids = request.queryAll("tag_id", MAX_TAG_IDS);
        List<StreamTags.Tag> tags = ids.isEmpty() ? world.streamTags().catalog()
                : ids.stream().flatMap(id -> world.streamTags().byId(id).stream()).toList();
        return HttpReply.ok(request.page(tags, ALL, 20, 100, TagsRoutes::render));
    }

    HttpReply streamTags(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = request.query("broadcaster_id");
        if (world.user(broadcasterId).isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in the broadcaster_id field is not valid.");
        }
        return HttpReply.ok(HelixRequest.data(world.streamTags().of(broadcasterId), TagsRoutes::render));
    }

    static JsonNode render(StreamTags.Tag tag) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("tag_id", tag.id());
        node.put("is_auto", tag.auto());
        ObjectNode names = node.putObject("localization_names");
        tag.names().forEach(names::put);
        ObjectNode descriptions = node.putObject("localization_descriptions");
        tag.descriptions().forEach(descriptions::put);
        return node;
    }
}
