package dev.twitchkit.helix.users;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixException;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Users: look-ups by id or login, the user's description, authorizations, block list and extensions. */
public final class UsersApi {
    /** Twitch's limit on ids plus logins in one Get Users call; longer lookups are split into such calls. */
    public static final int MAX_PER_CALL = 100;
    /** Twitch's limit on a channel description's length. */
    public static final int MAX_DESCRIPTION_LENGTH = 300;
    /** Twitch's limit on users per Get Authorization By User call; longer look-ups are split into such calls. */
    public static final int MAX_AUTHORIZATION_USERS = 10;
    private static final String CATEGORY = "Users";

    static final ListEndpoint<User> GET = Endpoint.declare(CATEGORY, "Get Users", "getUsers")
            .route("GET", "/users").data(User.class);
    static final ListEndpoint<User> UPDATE = Endpoint.declare(CATEGORY, "Update User", "updateUser")
            .route("PUT", "/users").scopes(Scope.USER_EDIT).userToken().data(User.class);
    static final ListEndpoint<UserAuthorization> GET_AUTHORIZATION = Endpoint.declare(CATEGORY,
            "Get Authorization By User", "getAuthorizationByUser").route("GET", "/authorization/users").appToken()
            .data(UserAuthorization.class);
    static final ListEndpoint<BlockedUser> GET_BLOCKS = Endpoint.declare(CATEGORY, "Get User Block List",
            "getUserBlockList").route("GET", "/users/blocks").scopes(Scope.USER_READ_BLOCKED_USERS).userToken()
            .list(BlockedUser.class, 100);
    static final Endpoint<Void> BLOCK = Endpoint.declare(CATEGORY, "Block User", "blockUser")
            .route("PUT", "/users/blocks").scopes(Scope.USER_MANAGE_BLOCKED_USERS).userToken().noContent();
    static final Endpoint<Void> UNBLOCK = Endpoint.declare(CATEGORY, "Unblock User", "unblockUser")
            .route("DELETE", "/users/blocks").scopes(Scope.USER_MANAGE_BLOCKED_USERS).userToken().noContent();
    static final ListEndpoint<InstalledExtension> GET_EXTENSIONS = Endpoint.declare(CATEGORY, "Get User Extensions",
            "getUserExtensions").route("GET", "/users/extensions/list")
            .scopes(Scope.USER_READ_BROADCAST, Scope.USER_EDIT_BROADCAST).userToken().data(InstalledExtension.class);
    static final Endpoint<ActiveExtensions.Envelope> GET_ACTIVE_EXTENSIONS = Endpoint.declare(CATEGORY,
            "Get User Active Extensions", "getUserActiveExtensions").route("GET", "/users/extensions")
            .json(ActiveExtensions.Envelope.class);
    static final Endpoint<ActiveExtensions.Envelope> UPDATE_EXTENSIONS = Endpoint.declare(CATEGORY,
            "Update User Extensions", "updateUserExtensions").route("PUT", "/users/extensions")
            .scopes(Scope.USER_EDIT_BROADCAST).userToken().json(ActiveExtensions.Envelope.class);

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

    /**
     * Sets the token's user's channel description (at most 300 characters; empty removes it) and answers the
     * user. Raises {@code user.update} at Twitch.
     */
    public CompletableFuture<User> updateUser(String description) {
        Checks.notNull(description, "description");
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters, got " + description.length());
        }
        return UPDATE.single(api, HelixQuery.create().add("description", description), null);
    }

    /**
     * The scopes each user granted this application (app token), any number of users (asked 10 a call, merged in
     * order); users who never authorized it are left out.
     */
    public CompletableFuture<List<UserAuthorization>> getAuthorizationByUser(Collection<String> userIds) {
        Checks.notNull(userIds, "userIds");
        return GET_AUTHORIZATION.lookup(api, null, "user_id", userIds, MAX_AUTHORIZATION_USERS);
    }

    /** The users {@code broadcasterId} (the token's user) has blocked, 100 a page. */
    public Paginator<BlockedUser> getUserBlockList(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_BLOCKS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId));
    }

    /** {@link #getUserBlockList(String)} of the token's user. */
    public Paginator<BlockedUser> getUserBlockList() {
        return getUserBlockList(api.userId());
    }

    /**
     * The token's user blocks {@code targetUserId} (Twitch ignores a repeat).
     *
     * @param sourceContext where the harassment took place, or null
     * @param reason why, or null
     */
    public CompletableFuture<Void> blockUser(String targetUserId, BlockSourceContext sourceContext,
                                             BlockReason reason) {
        Checks.notBlank(targetUserId, "targetUserId");
        if (!api.isAppToken() && targetUserId.equals(api.userId())) {
            throw new IllegalArgumentException("a user cannot block themselves");
        }
        return BLOCK.call(api, HelixQuery.create().add("target_user_id", targetUserId)
                .add("source_context", sourceContext).add("reason", reason), null);
    }

    /** {@link #blockUser(String, BlockSourceContext, BlockReason)} without context or reason. */
    public CompletableFuture<Void> blockUser(String targetUserId) {
        return blockUser(targetUserId, null, null);
    }

    /** The token's user lifts their block of {@code targetUserId} (Twitch ignores it when there is none). */
    public CompletableFuture<Void> unblockUser(String targetUserId) {
        Checks.notBlank(targetUserId, "targetUserId");
        return UNBLOCK.call(api, HelixQuery.create().add("target_user_id", targetUserId), null);
    }

    /** Every extension the token's user has installed, active or not. */
    public CompletableFuture<List<InstalledExtension>> getUserExtensions() {
        return GET_EXTENSIONS.data(api, null, null);
    }

    /** The extensions active in {@code userId}'s slots. */
    public CompletableFuture<ActiveExtensions> getUserActiveExtensions(String userId) {
        Checks.notBlank(userId, "userId");
        return GET_ACTIVE_EXTENSIONS.call(api, HelixQuery.create().add("user_id", userId), null)
                .thenApply(ActiveExtensions.Envelope::data);
    }

    /** The extensions active in the token's user's slots (a user token: the app token must name the user). */
    public CompletableFuture<ActiveExtensions> getUserActiveExtensions() {
        return GET_ACTIVE_EXTENSIONS.call(api, null, null).thenApply(ActiveExtensions.Envelope::data);
    }

    /**
     * Activates or deactivates the token's user's extensions in the slots given (the others stay); answers every
     * slot. An extension id and version the user has not installed fail with a
     * {@link dev.twitchkit.helix.NotFoundException}.
     */
    public CompletableFuture<ActiveExtensions> updateUserExtensions(ActiveExtensions slots) {
        Checks.notNull(slots, "slots");
        return UPDATE_EXTENSIONS.call(api, null, new ActiveExtensions.Envelope(slots))
                .thenApply(ActiveExtensions.Envelope::data);
    }

    private static List<User> distinct(List<User> byId, List<User> byLogin) {
        List<User> out = new ArrayList<>(byId);
        byLogin.stream().filter(u -> out.stream().noneMatch(o -> o.id().equals(u.id()))).forEach(out::add);
        return List.copyOf(out);
    }
}
