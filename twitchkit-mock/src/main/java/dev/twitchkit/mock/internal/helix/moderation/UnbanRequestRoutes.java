package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.UnbanRequests;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unban requests: list by status, approve or deny. A resolution raises {@code channel.unban_request.resolve} and
 * {@code channel.moderate} ({@code approve_unban_request} / {@code deny_unban_request}); an approval also lifts
 * the ban, with that lift's own notifications.
 */
final class UnbanRequestRoutes {
    static final int MAX_RESOLUTION_TEXT = 500;
    private static final Set<String> STATUSES = Set.of("pending", "approved", "denied", "acknowledged", "canceled");
    private static final PageCursor CURSOR = new PageCursor("unban");
    private final World world;
    private final ModerationEvents events;
    private final BanRoutes bans;

    UnbanRequestRoutes(World world, ModerationEvents events, BanRoutes bans) {
        this.world = world;
        this.events = events;
        this.bans = bans;
    }

    void mount(Router router) {
        router.helix("GET", "/moderation/unban_requests", this::list);
        router.helix("PATCH", "/moderation/unban_requests", this::resolve);
    }

    private HttpReply list(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:read:unban_requests", "moderator:manage:unban_requests");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        String status = request.query("status");
        if (!STATUSES.contains(status)) {
            throw TwitchHttpError.badRequest("The status query parameter is not valid.");
        }
        List<UnbanRequests.Request> requests = world.unbanRequests().list(check.broadcasterId(), status,
                request.optionalQuery("user_id").orElse(null));
        return HttpReply.ok(request.page(requests, CURSOR, 20, 100, this::describe));
    }

    private JsonNode describe(UnbanRequests.Request r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", r.id());
        world.putUser(node, "broadcaster", r.broadcasterId());
        if (r.moderatorId() == null) {
            node.putNull("moderator_id");
            node.putNull("moderator_login");
            node.putNull("moderator_name");
        } else {
            world.putUser(node, "moderator", r.moderatorId());
        }
        world.putUser(node, "user", r.userId());
        node.put("text", r.text());
        node.put("status", r.status());
        node.put("created_at", r.createdAt().toString());
        node.put("resolved_at", Optional.ofNullable(r.resolvedAt()).map(Object::toString).orElse(null));
        node.put("resolution_text", r.resolutionText());
        return node;
    }

    private HttpReply resolve(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:unban_requests");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        String id = request.query("unban_request_id");
        String status = request.query("status");
        if (!status.equals("approved") && !status.equals("denied")) {
            throw TwitchHttpError.badRequest("Invalid requested update");
        }
        String text = request.optionalQuery("resolution_text").orElse(null);
        if (text != null && text.length() > MAX_RESOLUTION_TEXT) {
            throw TwitchHttpError.badRequest("The resolution_text is limited to a maximum of " + MAX_RESOLUTION_TEXT
                    + " characters.");
        }
        if (world.unbanRequests().get(check.broadcasterId(), id).isEmpty()) {
            throw TwitchHttpError.notFound("The unban request ID was not found.");
        }
        UnbanRequests.Request resolved = world.unbanRequests().resolve(check.broadcasterId(), id, status,
                check.moderatorId(), text, world.now())
                .orElseThrow(() -> TwitchHttpError.badRequest("Invalid requested update"));
        announce(resolved);
        if (status.equals("approved")) {
            world.bans().lift(resolved.broadcasterId(), resolved.userId())
                    .ifPresent(ban -> bans.announceLift(ban, check.moderatorId()));
        }
        return HttpReply.ok(HelixRequest.data(List.of(resolved), this::describe));
    }

    private void announce(UnbanRequests.Request r) {
        boolean approved = r.status().equals("approved");
        events.raise("channel.unban_request.resolve", r.broadcasterId(), fields("id", r.id(),
                "moderator_user_id", r.moderatorId(), "user_id", r.userId(), "resolution_text", r.resolutionText(),
                "status", r.status()));
        events.moderate(r.broadcasterId(), r.moderatorId(), approved ? "approve_unban_request" : "deny_unban_request",
                "unban_request", events.user(r.userId(), "is_approved", approved,
                        "moderator_message", r.resolutionText()), false);
    }
}
