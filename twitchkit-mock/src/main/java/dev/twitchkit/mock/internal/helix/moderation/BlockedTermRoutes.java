package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.BlockedTerms;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A channel's blocked terms: list, add (an existing term comes back as it is), remove. Adding or removing raises
 * {@code automod.terms.update} and {@code channel.moderate} ({@code add_blocked_term}, {@code remove_blocked_term}).
 */
final class BlockedTermRoutes {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 500;
    private static final PageCursor CURSOR = new PageCursor("terms");
    private final World world;
    private final ModerationEvents events;

    BlockedTermRoutes(World world, ModerationEvents events) {
        this.world = world;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("GET", "/moderation/blocked_terms", this::list);
        router.helix("POST", "/moderation/blocked_terms", this::add);
        router.helix("DELETE", "/moderation/blocked_terms", this::remove);
    }

    private HttpReply list(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:read:blocked_terms", "moderator:manage:blocked_terms");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        return HttpReply.ok(request.page(world.blockedTerms().list(check.broadcasterId()), CURSOR, 20, 100,
                BlockedTermRoutes::describe));
    }

    private static JsonNode describe(BlockedTerms.Term term) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("broadcaster_id", term.broadcasterId());
        node.put("moderator_id", term.moderatorId());
        node.put("id", term.id());
        node.put("text", term.text());
        node.put("created_at", term.createdAt().toString());
        node.put("updated_at", term.updatedAt().toString());
        node.putNull("expires_at");
        return node;
    }

    private HttpReply add(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:blocked_terms");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        String text = HelixRequest.text(request.body(), "text");
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw TwitchHttpError.badRequest("The length of the term in the text field is either too short or too "
                    + "long.");
        }
        BlockedTerms.Added added = world.blockedTerms().add(check.broadcasterId(), check.moderatorId(), text,
                world.now());
        if (added.created()) {
            announce(check, "add", text);
        }
        return HttpReply.ok(HelixRequest.data(List.of(added.term()), BlockedTermRoutes::describe));
    }

    private HttpReply remove(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:blocked_terms");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        String id = request.query("id");
        // Twitch answers 204 for an id the channel does not have too.
        world.blockedTerms().remove(check.broadcasterId(), id)
                .ifPresent(term -> announce(check, "remove", term.text()));
        return HttpReply.noContent();
    }

    private void announce(ModeratorCheck check, String action, String text) {
        events.raise("automod.terms.update", check.broadcasterId(), fields("moderator_user_id", check.moderatorId(),
                "action", action + "_blocked", "from_automod", false, "terms", List.of(text)));
        events.moderate(check.broadcasterId(), check.moderatorId(), action + "_blocked_term", "automod_terms",
                fields("action", action, "list", "blocked", "terms", List.of(text), "from_automod", false), false);
    }
}
