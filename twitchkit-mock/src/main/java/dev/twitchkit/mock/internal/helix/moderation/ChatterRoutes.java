package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.SuspiciousUsers;
import dev.twitchkit.mock.internal.world.Warnings;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chatter's standing in a channel: warnings (raising {@code channel.warning.send} and {@code channel.moderate}
 * v2 {@code warn}) and the suspicious-user status (raising {@code channel.suspicious_user.update}). Neither applies
 * to the broadcaster, nor, when a moderator acts, to another moderator.
 */
final class ChatterRoutes {
    static final int MAX_REASON = 500;
    private static final String SCOPE = "moderator:manage:suspicious_users";
    private static final Set<String> SUSPICIOUS = Set.of("ACTIVE_MONITORING", "RESTRICTED");
    private final World world;
    private final ModerationEvents events;

    ChatterRoutes(World world, ModerationEvents events) {
        this.world = world;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("POST", "/moderation/warnings", this::warn);
        router.helix("POST", "/moderation/suspicious_users", this::addSuspicious);
        router.helix("DELETE", "/moderation/suspicious_users", this::removeSuspicious);
    }

    private HttpReply warn(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("moderator:manage:warnings");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        JsonNode data = request.body().get("data");
        if (data == null || !data.isObject()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"data\"");
        }
        String userId = HelixRequest.text(data, "user_id");
        String reason = HelixRequest.text(data, "reason");
        if (reason.length() > MAX_REASON) {
            throw TwitchHttpError.badRequest("The text in the reason field is too long.");
        }
        world.requireUser(userId, "user_id");
        if (isProtected(check, userId)) {
            throw TwitchHttpError.badRequest("The user specified in the user_id may not be warned.");
        }
        Warnings.Warning warning = world.warnings().warn(new Warnings.Warning(check.broadcasterId(), userId,
                check.moderatorId(), reason, world.now()));
        events.raise("channel.warning.send", check.broadcasterId(), fields("moderator_user_id", check.moderatorId(),
                "user_id", userId, "reason", reason, "chat_rules_cited", null));
        events.moderate(check.broadcasterId(), check.moderatorId(), "warn", "warn",
                events.user(userId, "reason", reason, "chat_rules_cited", null), true);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("broadcaster_id", warning.broadcasterId());
        node.put("user_id", warning.userId());
        node.put("moderator_id", warning.moderatorId());
        node.put("reason", warning.reason());
        return HttpReply.ok(HelixRequest.data(List.of((JsonNode) node), n -> n));
    }

    private HttpReply addSuspicious(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireScope(SCOPE);
        ModeratorCheck check = suspiciousCheck(request);
        JsonNode body = request.body();
        String userId = HelixRequest.text(body, "user_id");
        String status = HelixRequest.text(body, "status");
        if (!SUSPICIOUS.contains(status)) {
            throw TwitchHttpError.badRequest("The status specified was invalid. Must either be ACTIVE_MONITORING or "
                    + "RESTRICTED");
        }
        return setSuspicious(check, userId, status);
    }

    private HttpReply removeSuspicious(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireScope(SCOPE);
        ModeratorCheck check = suspiciousCheck(request);
        String userId = request.query("user_id");
        boolean suspicious = world.suspiciousUsers().get(check.broadcasterId(), userId)
                .filter(e -> !e.status().equals("NO_TREATMENT")).isPresent();
        if (!suspicious) {
            throw TwitchHttpError.badRequest("The status update is not allowed for this user.");
        }
        return setSuspicious(check, userId, "NO_TREATMENT");
    }

    /**
     * As {@link ModeratorCheck}, but Twitch also takes an app token, for a moderator who authorized the client with
     * the scope.
     */
    private ModeratorCheck suspiciousCheck(HelixRequest request) {
        String broadcasterId = request.query("broadcaster_id");
        String moderatorId = request.token().isApp() ? request.query("moderator_id")
                : request.tokenUser("moderator_id");
        if (request.token().isApp() && world.auth().tokensOf(request.token().clientId(), moderatorId).stream()
                .noneMatch(t -> t.hasScope(SCOPE))) {
            throw TwitchHttpError.unauthorized("The moderator must authorize this client with " + SCOPE
                    + " for an app access token to act for them");
        }
        if (world.user(broadcasterId).isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in the broadcaster_id query parameter was not found.");
        }
        world.roles().requireModerator(broadcasterId, moderatorId);
        return new ModeratorCheck(broadcasterId, moderatorId);
    }

    private HttpReply setSuspicious(ModeratorCheck check, String userId, String status) {
        if (world.user(userId).isEmpty() || isProtected(check, userId)) {
            throw TwitchHttpError.badRequest("The status update is not allowed for this user.");
        }
        SuspiciousUsers.Entry entry = world.suspiciousUsers().set(new SuspiciousUsers.Entry(check.broadcasterId(),
                userId, check.moderatorId(), status, world.now()));
        String lowTrust = status.equals("NO_TREATMENT") ? "none" : status.toLowerCase(Locale.ROOT);
        events.raise("channel.suspicious_user.update", check.broadcasterId(), fields(
                "moderator_user_id", check.moderatorId(), "user_id", userId, "low_trust_status", lowTrust));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("user_id", entry.userId());
        node.put("broadcaster_id", entry.broadcasterId());
        node.put("moderator_id", entry.moderatorId());
        node.put("updated_at", entry.updatedAt().toString());
        node.put("status", entry.status());
        node.putArray("types").add("MANUALLY_ADDED");
        return HttpReply.ok(HelixRequest.data(List.of((JsonNode) node), n -> n));
    }

    private boolean isProtected(ModeratorCheck check, String userId) {
        return userId.equals(check.broadcasterId()) || (!check.moderatorId().equals(check.broadcasterId())
                && world.roles().has(check.broadcasterId(), Roles.Role.MODERATOR, userId));
    }
}
