package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.Router;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An embedded Twitch: the EventSub WebSocket, conduits, Helix and OAuth on one local port, speaking the
 * real protocol and enforcing its rules.
 *
 * <p>Use it in three steps, as OkHttp's MockWebServer: <b>script</b> (create users, trigger events, inject
 * faults), <b>run</b> the code under test against {@link #urls()}, <b>verify</b> (counters, recorded
 * subscription requests). Start one per test on port 0:
 * <pre>{@code
 * try (MockTwitch twitch = MockTwitch.start()) {
 *     MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
 *     // point the client at twitch.urls(), log in with streamer.accessToken() ...
 * }
 * }</pre>
 */
public final class MockTwitch implements AutoCloseable {
    private final Settings settings;
    private final MockClock clock = new MockClock();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final AuthStore auth = new AuthStore(clock);
    private final AuthStore.Client defaultClient;
    private final Router router = new Router(json);
    private final Server server;
    private final MockUrls urls;

    private MockTwitch(Settings settings) throws Exception {
        this.settings = settings;
        this.defaultClient = auth.registerClient(settings.clientId, settings.clientSecret, "twitchkit mock app");
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("mock-twitch");
        threads.setDaemon(true);
        this.server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(settings.host);
        connector.setPort(settings.port);
        server.addConnector(connector);
        server.setHandler(router);
        server.setStopTimeout(0);
        server.start();
        this.urls = MockUrls.forPort(settings.host, connector.getLocalPort());
    }

    /** Starts a mock on a free loopback port with default settings. */
    public static MockTwitch start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where this mock answers. */
    public MockUrls urls() {
        return urls;
    }

    /** The port this mock listens on. */
    public int port() {
        return urls.helix().getPort();
    }

    /** The mock's clock; {@link MockClock#advance} moves token expiry and conduit deadlines. */
    public MockClock clock() {
        return clock;
    }

    /** The client id of the application registered at start. */
    public String clientId() {
        return defaultClient.id();
    }

    /** The client secret of the application registered at start. */
    public String clientSecret() {
        return defaultClient.secret();
    }

    /** The settings this mock was started with. */
    public Settings settings() {
        return settings;
    }

    /**
     * Creates a user and issues it a user access token (with refresh token) for the default client with
     * the given scopes.
     */
    public MockUser createUser(String login, String... scopes) {
        AuthStore.User user = auth.createUser(login);
        return issueToken(user.id(), scopes);
    }

    /** Issues another user access token for an existing user. */
    public MockUser issueToken(String userId, String... scopes) {
        AuthStore.User user = auth.userById(userId)
                .orElseThrow(() -> new IllegalArgumentException("no such user: " + userId));
        Set<String> scopeSet = new LinkedHashSet<>(Arrays.asList(scopes));
        AuthStore.Token token = auth.issueUserToken(defaultClient.id(), user.id(), scopeSet, settings.tokenTtl);
        return new MockUser(user.id(), user.login(), user.displayName(), token.accessToken(),
                token.refreshToken(), token.scopes(), token.expiresAt());
    }

    /** Makes an access token expire now; its refresh token keeps working. */
    public void expireToken(String accessToken) {
        auth.expire(accessToken);
    }

    /** Stops the server and closes every socket. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("mock did not stop cleanly", e);
        }
    }

    // Internal wiring for the mock's own packages.
    AuthStore auth() {
        return auth;
    }

    Router router() {
        return router;
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * How a mock runs. Twitch's real timings are the defaults; tests shorten them on the builder.
     */
    public static final class Settings {
        String host = "127.0.0.1";
        int port = 0;
        String clientId = "twitchkitmockclientid0000000000";
        String clientSecret = "twitchkitmocksecret00000000000";
        Duration tokenTtl = AuthStore.DEFAULT_TOKEN_TTL;
        Duration subscriptionTimeout = Duration.ofSeconds(10);
        Duration reconnectGrace = Duration.ofSeconds(30);
        Duration shardAssociationTimeout = Duration.ofSeconds(10);
        Duration defaultKeepalive = Duration.ofSeconds(10);
        Duration minKeepalive = Duration.ofSeconds(10);
        boolean requireSubscription = true;

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }

        public Duration tokenTtl() {
            return tokenTtl;
        }

        /** How long a welcomed socket may stay without a subscription before 4003 (Twitch: 10 s). */
        public Duration subscriptionTimeout() {
            return subscriptionTimeout;
        }

        /** How long an old socket stays open after {@code session_reconnect} before 4004 (Twitch: 30 s). */
        public Duration reconnectGrace() {
            return reconnectGrace;
        }

        /** How long a conduit socket may stay unassociated with a shard after its welcome (Twitch: 10 s). */
        public Duration shardAssociationTimeout() {
            return shardAssociationTimeout;
        }

        /** The keepalive when the client asks for none (Twitch: 10 s). */
        public Duration defaultKeepalive() {
            return defaultKeepalive;
        }

        /**
         * The smallest keepalive a client may ask for. Twitch clamps to 10 s; tests may lower it so a
         * keepalive gap takes less time. The unit of {@code keepalive_timeout_seconds} stays seconds.
         */
        public Duration minKeepalive() {
            return minKeepalive;
        }

        /** Whether a welcomed socket with no subscription is closed with 4003. */
        public boolean requireSubscription() {
            return requireSubscription;
        }
    }

    /** Configures and starts a {@link MockTwitch}. */
    public static final class Builder {
        private final Settings s = new Settings();

        /** Listens on this port; 0 (the default) picks a free one, which tests should always use. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            s.port = port;
            return this;
        }

        /** Binds this host; loopback by default. */
        public Builder host(String host) {
            s.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The default application's credentials. */
        public Builder client(String clientId, String clientSecret) {
            s.clientId = Objects.requireNonNull(clientId, "clientId");
            s.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        public Builder tokenTtl(Duration ttl) {
            s.tokenTtl = positive(ttl, "tokenTtl");
            return this;
        }

        public Builder subscriptionTimeout(Duration timeout) {
            s.subscriptionTimeout = positive(timeout, "subscriptionTimeout");
            return this;
        }

        public Builder reconnectGrace(Duration grace) {
            s.reconnectGrace = positive(grace, "reconnectGrace");
            return this;
        }

        public Builder shardAssociationTimeout(Duration timeout) {
            s.shardAssociationTimeout = positive(timeout, "shardAssociationTimeout");
            return this;
        }

        public Builder defaultKeepalive(Duration keepalive) {
            s.defaultKeepalive = positive(keepalive, "defaultKeepalive");
            return this;
        }

        public Builder minKeepalive(Duration keepalive) {
            s.minKeepalive = positive(keepalive, "minKeepalive");
            return this;
        }

        /** Whether to close a welcomed socket that gets no subscription in time with 4003 (default true). */
        public Builder requireSubscription(boolean require) {
            s.requireSubscription = require;
            return this;
        }

        public MockTwitch start() {
            try {
                return new MockTwitch(s);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("mock failed to start on " + s.host + ":" + s.port, e);
            }
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
