package dev.twitchkit.mock.internal.helix.users;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a user manages about their account: Update User (the description; raises {@code user.update}), the scopes
 * they granted an application (Get Authorization By User) and their block list.
 */
final class UserAccountRoute {
    static final int MAX_DESCRIPTION = 300;
    static final int MAX_AUTHORIZATION_USERS = 10;
    private static final Set<String> SOURCE_CONTEXTS = Set.of("chat", "whisper");
    private static final Set<String> REASONS = Set.of("harassment", "spam", "other");
    private static final PageCursor BLOCKS = new PageCursor("blocks");
    private final World world;
    private final UsersRoute users;

    UserAccountRoute(World world, UsersRoute users) {
        this.world = world;
        this.users = users;
    }

    HttpReply update(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:edit");
        AuthStore.User user = world.requireUser(request.token().userId(), "user_id");
        Optional<String> description = exchange.query("description");
        if (description.isPresent()) {
            if (description.get().length() > MAX_DESCRIPTION) {
                throw TwitchHttpError.badRequest("The string in the description query parameter is too long.");
            }
            world.profiles().setDescription(user.id(), description.get());
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("user_id", user.id());
            event.put("email", user.email());
            event.put("email_verified", true);
            event.put("description", description.get());
            world.events().raise("user.update", Map.of("user_id", user.id()), event);
        }
        return HttpReply.ok(HelixRequest.data(List.of(user), u -> users.describe(u, request.token())));
    }

    HttpReply authorizations(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireAppToken();
        List<String> ids = request.queryAll("user_id", MAX_AUTHORIZATION_USERS);
        if (ids.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"user_id\"");
        }
        String clientId = request.token().clientId();
        List<String> granted = ids.stream().distinct()
                .filter(id -> !world.auth().tokensOf(clientId, id).isEmpty()).toList();
        return HttpReply.ok(HelixRequest.data(granted, id -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            world.putUser(node, "user", id);
            Set<String> scopes = new TreeSet<>();
            world.auth().tokensOf(clientId, id).forEach(t -> scopes.addAll(t.scopes()));
            scopes.forEach(node.putArray("scopes")::add);
            return node;
        }));
    }

    HttpReply blocks(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:read:blocked_users");
        String userId = request.tokenUser("broadcaster_id");
        return HttpReply.ok(request.page(world.blocks().of(userId), BLOCKS, 20, 100, id -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Optional<AuthStore.User> blocked = world.user(id);
            node.put("user_id", id);
            node.put("user_login", blocked.map(AuthStore.User::login).orElse(null));
            node.put("display_name", blocked.map(AuthStore.User::displayName).orElse(null));
            return node;
        }));
    }

    HttpReply block(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:manage:blocked_users");
        String targetId = request.query("target_user_id");
        checkOneOf(request.optionalQuery("source_context"), SOURCE_CONTEXTS, "source_context");
        checkOneOf(request.optionalQuery("reason"), REASONS, "reason");
        if (targetId.equals(request.token().userId())) {
            throw TwitchHttpError.badRequest("The ID in target_user_id cannot be the same as the user ID in the "
                    + "access token.");
        }
        world.requireUser(targetId, "target_user_id");
        world.blocks().block(request.token().userId(), targetId);
        return HttpReply.noContent();
    }

    HttpReply unblock(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:manage:blocked_users");
        world.blocks().unblock(request.token().userId(), request.query("target_user_id"));
        return HttpReply.noContent();
    }

    private static void checkOneOf(Optional<String> value, Set<String> allowed, String name) {
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw TwitchHttpError.badRequest("The value in " + name + " is not valid.");
        }
    }
}
