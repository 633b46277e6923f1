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

    /** A registered application. */
    public record Client(String id, String secret, String name) {
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

    public Client registerClient(String id, String secret, String name) {
        Client client = new Client(id, secret, name);
        clients.put(id, client);
        return client;
    }

    /** A new client with a random id and secret. */
    public Client registerClient(String name) {
        return registerClient(randomString(30), randomString(30), name);
    }

    public Optional<Client> client(String id) {
        return Optional.ofNullable(id == null ? null : clients.get(id));
    }

    public Collection<Client> clients() {
        return List.copyOf(clients.values());
    }

    /** Creates a user with the next free numeric id; a taken login is an error. */
    public User createUser(String login) {
        String normalized = login.toLowerCase(Locale.ROOT);
        String id = Long.toString(nextUserId.getAndIncrement());
        User user = new User(id, normalized, login, normalized + "@example.com", clock.instant());
        if (usersByLogin.putIfAbsent(normalized, user) != null) {
            throw new IllegalArgumentException("login already taken: " + login);
        }
        usersById.put(id, user);
        return user;
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

    /** Replaces a token (a refresh): the old access and refresh strings stop working at once. */
    public Token rotate(Token old, Duration ttl) {
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
