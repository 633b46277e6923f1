package dev.twitchkit.helix.users;

import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixException;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Users: lookups by id or login. */
public final class UsersApi {
    /** Twitch's limit on ids plus logins in one Get Users call; longer lookups are split into such calls. */
    public static final int MAX_PER_CALL = 100;
    private static final String CATEGORY = "Users";

    static final ListEndpoint<User> GET = Endpoint.declare(CATEGORY, "Get Users", "getUsers")
            .route("GET", "/users").data(User.class);

    private final HelixApi api;

    /** The user endpoints on {@code api}'s token. */
    public UsersApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Users by ids, then by logins, in the order asked (each user once). Unknown ones are simply absent. More than
     * 100 in all are looked up in calls of 100, one after the other.
     */
    public CompletableFuture<List<User>> getUsers(Collection<String> ids, Collection<String> logins) {
        Checks.notNull(ids, "ids");
        Checks.notNull(logins, "logins");
        ids.forEach(id -> Checks.notBlank(id, "id"));
        logins.forEach(login -> Checks.notBlank(login, "login"));
        if (ids.isEmpty() && logins.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (ids.size() + logins.size() <= MAX_PER_CALL) {
            return GET.data(api, HelixQuery.create().addAll("id", ids).addAll("login", logins),
                    null);
        }
        return GET.lookup(api, null, "id", ids, MAX_PER_CALL)
                .thenCombine(GET.lookup(api, null, "login", logins, MAX_PER_CALL), UsersApi::distinct);
    }

    /** Users by id, any number (looked up 100 a call). */
    public CompletableFuture<List<User>> byIds(Collection<String> ids) {
        return getUsers(ids, List.of());
    }

    /** Users by login, any number (looked up 100 a call). */
    public CompletableFuture<List<User>> byLogins(Collection<String> logins) {
        return getUsers(List.of(), logins);
    }

    /** The user whose token this API is bound to (user tokens only). */
    public CompletableFuture<User> me() {
        return GET.data(api, null, null).thenApply(users -> {
            if (users.isEmpty()) {
                throw new HelixException(200, GET.route(), "no user for this token (an app token?)");
            }
            return users.get(0);
        });
    }

    private static List<User> distinct(List<User> byId, List<User> byLogin) {
        List<User> out = new ArrayList<>(byId);
        byLogin.stream().filter(u -> out.stream().noneMatch(o -> o.id().equals(u.id()))).forEach(out::add);
        return List.copyOf(out);
    }
}
