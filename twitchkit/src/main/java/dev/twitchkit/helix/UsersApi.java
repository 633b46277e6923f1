package dev.twitchkit.helix;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.http.Query;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Users by id or login. */
public final class UsersApi {
    /** Twitch's limit on ids plus logins in one Get Users call. */
    public static final int MAX_PER_CALL = 100;

    static final Endpoint<DataResponse<User>> GET = Endpoint.data("GET", "/users", User.class);

    private final Helix helix;
    private final String key;

    UsersApi(Helix helix, String key) {
        this.helix = helix;
        this.key = key;
    }

    /** Users by ids and logins together (up to 100 in all). Unknown ones are simply absent. */
    public CompletableFuture<List<User>> getUsers(Collection<String> ids, Collection<String> logins) {
        Checks.notNull(ids, "ids");
        Checks.notNull(logins, "logins");
        if (ids.size() + logins.size() > MAX_PER_CALL) {
            throw new IllegalArgumentException("at most " + MAX_PER_CALL + " ids and logins per call, got "
                    + (ids.size() + logins.size()));
        }
        ids.forEach(id -> Checks.notBlank(id, "id"));
        logins.forEach(login -> Checks.notBlank(login, "login"));
        return helix.call(key, GET, Query.create().addAll("id", ids).addAll("login", logins), null)
                .thenApply(DataResponse::data);
    }

    /** Users by id (up to 100). */
    public CompletableFuture<List<User>> byIds(Collection<String> ids) {
        return getUsers(ids, List.of());
    }

    /** Users by login (up to 100). */
    public CompletableFuture<List<User>> byLogins(Collection<String> logins) {
        return getUsers(List.of(), logins);
    }

    /** The user whose token this API is bound to (user tokens only). */
    public CompletableFuture<User> me() {
        return getUsers(List.of(), List.of()).thenApply(users -> {
            if (users.isEmpty()) {
                throw new HelixException(200, GET.route(), "no user for this token (an app token?)");
            }
            return users.get(0);
        });
    }
}
