package dev.twitchkit.mock.internal.helix.ccls;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ContentClassificationLabels;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Get Content Classification Labels: Twitch's labels in one of its locales (one at most; default en-US). */
public final class ContentClassificationLabelsRoutes {
    private final World world;

    public ContentClassificationLabelsRoutes(World world) {
        this.world = world;
    }

    public void mount(Router router) {
        router.helix("GET", "/content_classification_labels", this::labels);
    }

    HttpReply labels(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        List<String> locales = request.queryAll("locale", 1);
        String locale = locales.isEmpty() ? "en-US" : locales.get(0);
        if (!ContentClassificationLabels.LOCALES.contains(locale)) {
            throw TwitchHttpError.badRequest("Invalid locale: " + locale);
        }
        return HttpReply.ok(HelixRequest.data(world.contentClassificationLabels().all(), label -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", label.id());
            node.put("description", label.description());
            node.put("name", label.name());
            return node;
        }));
    }
}
