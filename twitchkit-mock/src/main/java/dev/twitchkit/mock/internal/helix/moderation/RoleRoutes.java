package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.Roles.Role;
import dev.twitchkit.mock.internal.world.World;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moderators and VIPs of a channel (kept in the world's {@link Roles}) and the channels a user moderates. Granting
 * or revoking a role raises {@code channel.moderator.add/remove} or {@code channel.vip.add/remove}, and
 * {@code channel.moderate} with the {@code mod}, {@code unmod}, {@code vip} or {@code unvip} action. A broadcaster
 * makes at most 10 changes of each kind in 10 seconds ({@link RoleChangeLimit}); a request that changes nothing
 * counts too.
 */
final class RoleRoutes {
    private static final int UNPROCESSABLE = 422;
    private static final String ALREADY_MODERATOR = "The user in user_id is already a moderator in the "
            + "broadcaster's chat room.";
    private static final PageCursor MODERATORS = new PageCursor("moderators");
    private static final PageCursor VIPS = new PageCursor("vips");
    private static final PageCursor CHANNELS = new PageCursor("moderated");
    private final World world;
    private final ModerationEvents events;
    private final RoleChangeLimit limit;

    RoleRoutes(World world, ModerationEvents events) {
        this.world = world;
        this.events = events;
        this.limit = new RoleChangeLimit(world.clock());
    }

    void mount(Router router) {
        router.helix("GET", "/moderation/moderators", this::listModerators);
        router.helix("POST", "/moderation/moderators", this::addModerator);
        router.helix("DELETE", "/moderation/moderators", this::removeModerator);
        router.helix("GET", "/channels/vips", this::listVips);
        router.helix("POST", "/channels/vips", this::addVip);
        router.helix("DELETE", "/channels/vips", this::removeVip);
        router.helix("GET", "/moderation/channels", this::moderatedChannels);
    }

    private HttpReply listModerators(HttpExchange exchange) {
        return list(exchange, Role.MODERATOR, MODERATORS, "moderation:read", "channel:manage:moderators");
    }

    private HttpReply listVips(HttpExchange exchange) {
        return list(exchange, Role.VIP, VIPS, "channel:read:vips", "channel:manage:vips");
    }

    private HttpReply list(HttpExchange exchange, Role role, PageCursor cursor, String... scopes) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(scopes);
        String broadcasterId = request.tokenUser("broadcaster_id");
        List<String> userIds = request.queryAll("user_id", 100);
        List<String> holders = world.roles().list(broadcasterId, role).stream().map(Roles.Grant::userId).toList();
        List<String> shown = userIds.isEmpty() ? holders : userIds.stream().filter(holders::contains).toList();
        return HttpReply.ok(request.page(shown, cursor, 20, 100, this::user));
    }

    private JsonNode user(String userId) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "user", userId);
        return node;
    }

    private HttpReply addModerator(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:moderators");
        String broadcasterId = request.tokenUser("broadcaster_id");
        String userId = request.query("user_id");
        if (world.user(userId).isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in user_id was not found.");
        }
        if (world.roles().canModerate(broadcasterId, userId)) {
            throw TwitchHttpError.badRequest(ALREADY_MODERATOR);
        }
        if (world.bans().active(broadcasterId, userId).isPresent()) {
            throw TwitchHttpError.badRequest("The user in user_id cannot become a moderator because they're banned "
                    + "from the channel.");
        }
        if (world.roles().has(broadcasterId, Role.VIP, userId)) {
            throw new TwitchHttpError(UNPROCESSABLE, "The user in user_id is a VIP. To make them a moderator, you "
                    + "must first remove them as a VIP.");
        }
        limit.take(broadcasterId, "add moderator");
        if (!world.roles().grant(broadcasterId, Role.MODERATOR, userId, world.now())) {
            throw TwitchHttpError.badRequest(ALREADY_MODERATOR);
        }
        announce("channel.moderator.add", "mod", broadcasterId, broadcasterId, userId);
        return HttpReply.noContent();
    }

    private HttpReply removeModerator(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:moderators");
        String broadcasterId = request.tokenUser("broadcaster_id");
        String userId = request.query("user_id");
        if (world.user(userId).isEmpty()) {
            throw TwitchHttpError.badRequest("The ID in user_id was not found.");
        }
        limit.take(broadcasterId, "remove moderator");
        if (!world.roles().revoke(broadcasterId, Role.MODERATOR, userId)) {
            throw TwitchHttpError.badRequest("The user in user_id is not a moderator in the broadcaster's chat "
                    + "room.");
        }
        announce("channel.moderator.remove", "unmod", broadcasterId, broadcasterId, userId);
        return HttpReply.noContent();
    }

    private HttpReply addVip(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:vips");
        String broadcasterId = request.tokenUser("broadcaster_id");
        String userId = knownUser(request);
        if (world.bans().active(broadcasterId, userId).isPresent()) {
            throw TwitchHttpError.badRequest("The user in the user_id query parameter is blocked from the "
                    + "broadcaster's channel.");
        }
        if (world.roles().canModerate(broadcasterId, userId)) {
            throw new TwitchHttpError(UNPROCESSABLE, "The user in user_id is a moderator. To make them a VIP, you "
                    + "must first remove them as a moderator.");
        }
        limit.take(broadcasterId, "add VIP");
        if (!world.roles().grant(broadcasterId, Role.VIP, userId, world.now())) {
            throw new TwitchHttpError(UNPROCESSABLE, "The user in the user_id query parameter is already a VIP.");
        }
        announce("channel.vip.add", "vip", broadcasterId, broadcasterId, userId);
        return HttpReply.noContent();
    }

    private HttpReply removeVip(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:vips");
        String broadcasterId = request.query("broadcaster_id");
        String userId = knownUser(request);
        if (world.user(broadcasterId).isEmpty()) {
            throw TwitchHttpError.notFound("The ID in broadcaster_id was not found.");
        }
        // The broadcaster removes anyone's VIP status; a VIP may give up their own.
        String caller = request.token().userId();
        if (!caller.equals(broadcasterId) && !caller.equals(userId)) {
            throw TwitchHttpError.forbidden("The user in broadcaster_id doesn't have permission to remove the "
                    + "user's VIP status.");
        }
        limit.take(broadcasterId, "remove VIP");
        if (!world.roles().revoke(broadcasterId, Role.VIP, userId)) {
            throw new TwitchHttpError(UNPROCESSABLE, "The user in user_id is not a VIP in the broadcaster's "
                    + "channel.");
        }
        announce("channel.vip.remove", "unvip", broadcasterId, caller, userId);
        return HttpReply.noContent();
    }

    /** Raises the role's own notification and {@code channel.moderate} with {@code action} on the user. */
    private void announce(String type, String action, String broadcasterId, String actorId, String userId) {
        events.raise(type, broadcasterId, fields("user_id", userId));
        events.moderate(broadcasterId, actorId, action, action, events.user(userId), false);
    }

    private String knownUser(HelixRequest request) {
        String userId = request.query("user_id");
        if (world.user(userId).isEmpty()) {
            throw TwitchHttpError.notFound("The ID in user_id was not found.");
        }
        return userId;
    }

    private HttpReply moderatedChannels(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("user:read:moderated_channels");
        String userId = request.tokenUser("user_id");
        List<AuthStore.User> channels = world.roles().channelsOf(userId, Role.MODERATOR).stream()
                .flatMap(id -> world.user(id).stream())
                .sorted(Comparator.comparing(AuthStore.User::login)).toList();
        return HttpReply.ok(request.page(channels, CHANNELS, 20, 100, channel -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            world.putUser(node, "broadcaster", channel.id());
            return node;
        }));
    }
}
