package dev.twitchkit.mock.internal.helix.users;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.world.World;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /helix/users}: users by repeated {@code id} and {@code login} (at most 100 together), or the token's
 * own user when neither is given. Unknown ids and logins are left out, as Twitch does. {@code email} appears
 * only for the token's own user and only with {@code user:read:email}.
 */
final class UsersRoute {
    static final int MAX_LOOKUPS = 100;
    private final World world;
    private final AuthStore auth;

    UsersRoute(World world) {
        this.world = world;
        this.auth = world.auth();
    }

    HttpReply handle(HttpExchange exchange) {
        AuthStore.Token token = auth.authenticate(exchange.header("authorization").orElse(null));
        List<String> ids = exchange.queryAll("id");
        List<String> logins = exchange.queryAll("login");
        if (ids.size() + logins.size() > MAX_LOOKUPS) {
            throw TwitchHttpError.badRequest("The request exceeded the maximum allowed number of id and/or login "
                    + "query parameters (" + MAX_LOOKUPS + ")");
        }
        Map<String, AuthStore.User> found = new LinkedHashMap<>();
        if (ids.isEmpty() && logins.isEmpty()) {
            if (token.isApp()) {
                throw TwitchHttpError.badRequest("Must provide an ID, Login or OAuth Token");
            }
            auth.userById(token.userId()).ifPresent(u -> found.put(u.id(), u));
        }
        for (String id : ids) {
            auth.userById(id).ifPresent(u -> found.putIfAbsent(u.id(), u));
        }
        for (String login : logins) {
            auth.userByLogin(login).ifPresent(u -> found.putIfAbsent(u.id(), u));
        }
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        new ArrayList<>(found.values()).forEach(u -> data.add(describe(u, token)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", data);
        return HttpReply.ok(body);
    }

    /** A user as Get Users and Update User answer it; {@code email} only for the token's own user with its scope. */
    ObjectNode describe(AuthStore.User user, AuthStore.Token token) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", user.id());
        node.put("login", user.login());
        node.put("display_name", user.displayName());
        node.put("type", "");
        node.put("broadcaster_type", "");
        node.put("description", world.profiles().description(user.id()));
        node.put("profile_image_url", "https://static-cdn.jtvnw.net/jtv_user_pictures/" + user.login()
                + "-profile_image-300x300.png");
        node.put("offline_image_url", "");
        node.put("view_count", 0);
        Optional.of(user)
                .filter(u -> u.id().equals(token.userId()) && token.hasScope("user:read:email"))
                .ifPresent(u -> node.put("email", u.email()));
        node.put("created_at", user.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        return node;
    }
}
