package dev.twitchkit.mock.internal.helix.extensions;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Extensions routes that take an OAuth token: live channels and released extensions (any token), and the Bits
 * products of the extension whose client the app token belongs to.
 */
public final class ExtensionsRoutes {
    static final int MAX_PRODUCT_TEXT = 255;
    private static final PageCursor LIVE = new PageCursor("extension-live");
    private final World world;

    /** Routes reading and writing {@code world}. */
    public ExtensionsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the OAuth routes. */
    public void mount(Router router) {
        router.helix("GET", "/extensions/live", this::getLiveChannels);
        router.helix("GET", "/extensions/released", this::getReleased);
        router.helix("GET", "/bits/extensions", this::getBitsProducts);
        router.helix("PUT", "/bits/extensions", this::updateBitsProduct);
    }

    private HttpReply getLiveChannels(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String extensionId = request.query("extension_id");
        List<ExtensionState.LiveChannel> live = world.extensions().find(extensionId)
                .map(ExtensionState::liveChannels).orElse(List.of());
        if (live.isEmpty()) {
            throw TwitchHttpError.notFound("The extension specified in the extension_id query parameter was not "
                    + "found or it's not being used in a live stream.");
        }
        ObjectNode page = request.page(live, LIVE, 20, 100, this::liveChannel);
        // Twitch sends this endpoint's cursor as a bare string, empty on the last page.
        page.put("pagination", page.path("pagination").path("cursor").asString(""));
        return HttpReply.ok(page);
    }

    private HttpReply getReleased(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String extensionId = request.query("extension_id");
        ExtensionState extension = world.extensions().find(extensionId)
                .filter(e -> request.optionalQuery("extension_version").map(e.version()::equals).orElse(true))
                .orElseThrow(() -> TwitchHttpError.notFound("The extension specified in the extension_id query "
                        + "parameter was not found or is not released."));
        return HttpReply.ok(HelixRequest.data(List.of(extension), e -> ExtensionJson.describe(world, e)));
    }

    private HttpReply getBitsProducts(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireAppToken();
        ExtensionState extension = clientExtension(request.token());
        boolean all = request.boolQuery("should_include_all", false);
        Instant now = world.now();
        List<ExtensionState.BitsProduct> products = extension.products().stream()
                .filter(p -> all || p.activeAt(now)).toList();
        return HttpReply.ok(HelixRequest.data(products, ExtensionJson::product));
    }

    private HttpReply updateBitsProduct(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireAppToken();
        ExtensionState extension = clientExtension(request.token());
        JsonNode body = request.body();
        String sku = HelixRequest.text(body, "sku");
        if (sku.length() > MAX_PRODUCT_TEXT || !sku.matches("[A-Za-z0-9._-]+")) {
            throw TwitchHttpError.badRequest("The value in the sku field is not valid. The SKU may contain only "
                    + "alphanumeric characters, dashes (-), underscores (_), and periods (.).");
        }
        JsonNode cost = body.get("cost");
        if (cost == null || !cost.isObject()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"cost\"");
        }
        int amount = HelixRequest.requiredInt(cost, "amount", 1, 10_000);
        if (!"bits".equals(HelixRequest.text(cost, "type"))) {
            throw TwitchHttpError.badRequest("The value in the cost object's type field is not valid.");
        }
        String name = HelixRequest.text(body, "display_name");
        if (name.length() > MAX_PRODUCT_TEXT) {
            throw TwitchHttpError.badRequest("The display_name field may contain at most 255 characters.");
        }
        ExtensionState.BitsProduct product = new ExtensionState.BitsProduct(sku, amount, "bits",
                Boolean.TRUE.equals(HelixRequest.optionalBool(body, "in_development")), name,
                expiration(HelixRequest.optionalText(body, "expiration")),
                Boolean.TRUE.equals(HelixRequest.optionalBool(body, "is_broadcast")));
        extension.putProduct(product);
        return HttpReply.ok(HelixRequest.data(List.of(product), ExtensionJson::product));
    }

    /** The extension the app token's client is; else Twitch's 400. */
    private ExtensionState clientExtension(AuthStore.Token token) {
        return world.extensions().find(token.clientId()).orElseThrow(() -> TwitchHttpError.badRequest(
                "The ID in the Client-Id header must belong to an extension."));
    }

    private static Instant expiration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw TwitchHttpError.badRequest("The value in the expiration field is not a valid RFC3339 date.");
        }
    }

    private JsonNode liveChannel(ExtensionState.LiveChannel channel) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("broadcaster_id", channel.broadcasterId());
        node.put("broadcaster_name", world.user(channel.broadcasterId()).map(AuthStore.User::displayName)
                .orElse(""));
        node.put("game_name", channel.gameName());
        node.put("game_id", channel.gameId());
        node.put("title", channel.title());
        return node;
    }
}
