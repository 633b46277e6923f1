package dev.twitchkit.mock.internal.auth;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mock's identity state: registered clients (applications), users, and the opaque tokens it issued.
 * Thread safe. Expiry is read from the mock's clock.
 */
public final class AuthStore {
    /** How long a token lives unless told otherwise; Twitch's user tokens live about four hours. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(4);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Clock clock;
    private final AtomicLong nextUserId = new AtomicLong(10_000_001);
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, User> usersById = new ConcurrentHashMap<>();
    private final Map<String, User> usersByLogin = new ConcurrentHashMap<>();
    private final Map<String, Token> byAccess = new ConcurrentHashMap<>();
    private final Map<String, Token> byRefresh = new ConcurrentHashMap<>();

    public AuthStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * A registered application. A null {@code secret} makes it a public client: Twitch gives such a client user
     * tokens by the device code flow and refreshes them without a secret, and never an app access token.
     */
    public record Client(String id, String secret, String name) {
        /** Whether this is a public client (registered without a secret). */
        public boolean isPublic() {
            return secret == null;
        }

        @Override
        public String toString() {
            return "Client[id=" + id + ", name=" + name + "]";
        }
    }

    /** A Twitch user. */
    public record User(String id, String login, String displayName, String email, Instant createdAt) {
    }

    /**
     * An issued token. {@code userId} is null for app access tokens, which have no refresh token either.
     */
    public record Token(String accessToken, String refreshToken, String clientId, String userId,
                        Set<String> scopes, Instant expiresAt) {
        public Token {
            scopes = Set.copyOf(scopes);
        }

        public boolean isApp() {
            return userId == null;
        }

        public boolean hasScope(String scope) {
            return scopes.contains(scope);
        }

        public boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }

        @Override
        public String toString() {
            return "Token[clientId=" + clientId + ", userId=" + userId + ", scopes=" + scopes
                    + ", expiresAt=" + expiresAt + "]";
        }
    }

    public Clock clock() {
        return clock;
    }

    /** Registers a client under {@code id}; a null {@code secret} registers a public client. */
    public Client registerClient(String id, String secret, String name) {
        Client client = new Client(id, secret, name);
        clients.put(id, client);
        return client;
    }

    /** A new confidential client with a random id and secret. */
    public Client registerClient(String name) {
        return registerClient(randomString(30), randomString(30), name);
    }

    /** A new public client (no secret) with a random id. */
    public Client registerPublicClient(String name) {
        return registerClient(randomString(30), null, name);
    }

    public Optional<Client> client(String id) {
        return Optional.ofNullable(id == null ? null : clients.get(id));
    }

    public Collection<Client> clients() {
        return List.copyOf(clients.values());
    }

    /** Creates a user with the next free numeric id; a taken login is an error. */
    public synchronized User createUser(String login) {
        if (login == null || !login.matches("[A-Za-z0-9_]{1,25}")) {
            throw new IllegalArgumentException("a login is 1 to 25 letters, digits or underscores, got: " + login);
        }
        String normalized = login.toLowerCase(Locale.ROOT);
        String id;
        do {
            // Skips ids that users made up by triggered events took.
            id = Long.toString(nextUserId.getAndIncrement());
        } while (usersById.containsKey(id));
        User user = new User(id, normalized, login, normalized + "@example.com", clock.instant());
        if (usersByLogin.putIfAbsent(normalized, user) != null) {
            throw new IllegalArgumentException("login already taken: " + login);
        }
        usersById.put(id, user);
        return user;
    }

    /**
     * A user with a given id, login and display name (a user an event made up by a trigger refers to), unless the
     * id or the login is taken already; returns whether it was created.
     */
    public synchronized boolean createUserIfAbsent(String id, String login, String displayName) {
        String normalized = login.toLowerCase(Locale.ROOT);
        if (usersById.containsKey(id) || usersByLogin.containsKey(normalized)) {
            return false;
        }
        User user = new User(id, normalized, displayName, normalized + "@example.com", clock.instant());
        usersByLogin.put(normalized, user);
        usersById.put(id, user);
        return true;
    }

    /** The user with this login, created first if there is none (the user who "logs in" to the mock's pages). */
    public synchronized User userByLoginOrCreate(String login) {
        return userByLogin(login).orElseGet(() -> createUser(login));
    }

    public Optional<User> userById(String id) {
        return Optional.ofNullable(id == null ? null : usersById.get(id));
    }

    public Optional<User> userByLogin(String login) {
        return Optional.ofNullable(login == null ? null : usersByLogin.get(login.toLowerCase(Locale.ROOT)));
    }

    public Collection<User> users() {
        return List.copyOf(usersById.values());
    }

    /** Puts back a user a previous run of the mock had (its id kept); a taken id or login is an error. */
    public synchronized void restoreUser(User user) {
        if (usersById.containsKey(user.id()) || usersByLogin.containsKey(user.login())) {
            throw new IllegalArgumentException("user " + user.id() + " (" + user.login() + ") exists already");
        }
        usersByLogin.put(user.login(), user);
        usersById.put(user.id(), user);
    }

    /** Puts back a token a previous run of the mock issued, so its access and refresh strings work again. */
    public void restoreToken(Token token) {
        requireClient(token.clientId());
        if (token.userId() != null && !usersById.containsKey(token.userId())) {
            throw new IllegalArgumentException("a token of user " + token.userId() + ", who does not exist");
        }
        store(token);
    }

    /** Every token the store still knows, expired ones included (their refresh tokens may still work). */
    public Collection<Token> tokens() {
        return List.copyOf(byAccess.values());
    }

    /** Issues a user access token with a refresh token. */
    public Token issueUserToken(String clientId, String userId, Set<String> scopes, Duration ttl) {
        requireClient(clientId);
        if (!usersById.containsKey(userId)) {
            throw new IllegalArgumentException("no such user: " + userId);
        }
        Token token = new Token(randomString(30), randomString(50), clientId, userId, scopes,
                clock.instant().plus(ttl));
        store(token);
        return token;
    }

    /** Issues an app access token (client credentials): no user, no refresh token. */
    public Token issueAppToken(String clientId, Duration ttl) {
        requireClient(clientId);
        Token token = new Token(randomString(30), null, clientId, null, Set.of(), clock.instant().plus(ttl));
        store(token);
        return token;
    }

    /** A token by its access string, expired or not. */
    public Optional<Token> byAccessToken(String accessToken) {
        return Optional.ofNullable(accessToken == null ? null : byAccess.get(accessToken));
    }

    /** A token by its refresh string. */
    public Optional<Token> byRefreshToken(String refreshToken) {
        return Optional.ofNullable(refreshToken == null ? null : byRefresh.get(refreshToken));
    }

    /**
     * The live token behind an {@code Authorization} header ({@code Bearer x} for Helix, {@code OAuth x} for
     * validate); 401 with Twitch's message when it is missing, unknown or expired.
     */
    public Token authenticate(String authorizationHeader) {
        String access = stripScheme(authorizationHeader);
        Token token = byAccess.get(access);
        if (token == null || token.expired(clock.instant())) {
            throw TwitchHttpError.unauthorized("Invalid OAuth token");
        }
        return token;
    }

    /**
     * The live token behind a Helix request: {@link #authenticate} plus Twitch's {@code Client-Id} rule (the header
     * is required and must name the client the token was issued to), all 401 with Twitch's wording.
     */
    public Token authenticateHelix(String authorizationHeader, String clientIdHeader) {
        Token token = authenticate(authorizationHeader);
        if (clientIdHeader == null || clientIdHeader.isBlank()) {
            throw TwitchHttpError.unauthorized("Client ID is missing");
        }
        if (!clientIdHeader.trim().equals(token.clientId())) {
            throw TwitchHttpError.unauthorized("Client ID and OAuth token do not match");
        }
        return token;
    }

    /** Replaces a token (a refresh): the old access and refresh strings stop working at once. */
    public synchronized Token rotate(Token old, Duration ttl) {
        revoke(old);
        Token fresh = new Token(randomString(30), old.refreshToken() == null ? null : randomString(50),
                old.clientId(), old.userId(), old.scopes(), clock.instant().plus(ttl));
        store(fresh);
        return fresh;
    }

    /** Makes a token unusable, access and refresh alike. */
    public void revoke(Token token) {
        byAccess.remove(token.accessToken());
        if (token.refreshToken() != null) {
            byRefresh.remove(token.refreshToken());
        }
    }

    /**
     * Revokes the grant behind an access token, as {@code POST /oauth2/revoke}: the access token and its refresh
     * token stop working. Returns false when the access token is unknown (already revoked or never issued).
     */
    public boolean revokeAccessToken(String accessToken) {
        Token token = accessToken == null ? null : byAccess.get(accessToken);
        if (token == null) {
            return false;
        }
        revoke(token);
        return true;
    }

    /**
     * Revokes only a refresh token: its access token keeps working until it expires, then the user must log in
     * again. Returns false when the refresh token is unknown.
     */
    public boolean revokeRefreshToken(String refreshToken) {
        Token token = refreshToken == null ? null : byRefresh.remove(refreshToken);
        if (token == null) {
            return false;
        }
        byAccess.computeIfPresent(token.accessToken(), (access, live) -> new Token(live.accessToken(), null,
                live.clientId(), live.userId(), live.scopes(), live.expiresAt()));
        return true;
    }

    /**
     * Redeems a refresh token for a fresh token pair (Twitch rotates both). Atomic, so of two concurrent
     * refreshes with the same refresh token exactly one succeeds. Empty when the refresh token is unknown,
     * already used, or was issued to another client.
     */
    public synchronized Optional<Token> redeemRefreshToken(String refreshToken, String clientId, Duration ttl) {
        Token token = refreshToken == null ? null : byRefresh.get(refreshToken);
        if (token == null || !token.clientId().equals(clientId)) {
            return Optional.empty();
        }
        return Optional.of(rotate(token, ttl));
    }

    /** Makes an access token expire now while its refresh token keeps working. */
    public void expire(String accessToken) {
        Token token = byAccess.get(accessToken);
        if (token == null) {
            throw new IllegalArgumentException("unknown access token");
        }
        Token expired = new Token(token.accessToken(), token.refreshToken(), token.clientId(), token.userId(),
                token.scopes(), clock.instant());
        store(expired);
    }

    /** Every live token of a user under a client. */
    public List<Token> tokensOf(String clientId, String userId) {
        return byAccess.values().stream()
                .filter(t -> clientId.equals(t.clientId()) && userId.equals(t.userId()))
                .toList();
    }

    private void store(Token token) {
        byAccess.put(token.accessToken(), token);
        if (token.refreshToken() != null) {
            byRefresh.put(token.refreshToken(), token);
        }
    }

    private void requireClient(String clientId) {
        if (!clients.containsKey(clientId)) {
            throw new IllegalArgumentException("no such client: " + clientId);
        }
    }

    private static String stripScheme(String header) {
        if (header == null) {
            throw TwitchHttpError.unauthorized("OAuth token is missing");
        }
        String h = header.trim();
        int space = h.indexOf(' ');
        if (space > 0) {
            String scheme = h.substring(0, space);
            if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("OAuth")) {
                return h.substring(space + 1).trim();
            }
        }
        throw TwitchHttpError.unauthorized("OAuth token is missing");
    }

    /** A random lowercase alphanumeric string, the shape of Twitch's tokens and ids. */
    public static String randomString(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
