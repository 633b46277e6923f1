package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.conduit.ConduitRoutes;
import dev.twitchkit.mock.internal.conduit.ConduitStore;
import dev.twitchkit.mock.internal.eventsub.Catalog;
import dev.twitchkit.mock.internal.eventsub.EventSubServer;
import dev.twitchkit.mock.internal.eventsub.EventSubSettings;
import dev.twitchkit.mock.internal.eventsub.SubscriptionRoutes;
import dev.twitchkit.mock.internal.helix.ExtensionJwts;
import dev.twitchkit.mock.internal.helix.HelixFaults;
import dev.twitchkit.mock.internal.helix.HelixGate;
import dev.twitchkit.mock.internal.helix.HelixRequestLog;
import dev.twitchkit.mock.internal.helix.HelixRoutes;
import dev.twitchkit.mock.internal.helix.moderation.ModerationSeeds;
import dev.twitchkit.mock.internal.helix.RateLimits;
import dev.twitchkit.mock.internal.helix.chat.ChatEcho;
import dev.twitchkit.mock.internal.helix.chat.ChatLog;
import dev.twitchkit.mock.internal.oauth.OAuthServer;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.Bits;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.helix.gueststar.GuestStarEvents;
import dev.twitchkit.mock.internal.world.GuestStar;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.World;
import dev.twitchkit.mock.internal.world.WorldEvents;
import dev.twitchkit.mock.internal.world.WorldSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
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
    private final OAuthServer oauth;
    private final RateLimits rateLimits;
    private final HelixFaults helixFaults = new HelixFaults();
    private final ChatLog chatLog = new ChatLog();
    private final HelixRequestLog helixRequests = new HelixRequestLog();
    private final EventSubServer eventSub;
    private final ConduitStore conduits;
    private final World world;
    private final ExtensionJwts extensionJwts;
    private final Server server;
    private volatile MockUrls urls;

    private MockTwitch(Settings settings) throws Exception {
        this.settings = settings;
        this.defaultClient = auth.registerClient(settings.clientId, settings.clientSecret, "twitchkit mock app");
        if (settings.state != null) {
            restoreIdentities(settings.state);
        }
        this.oauth = new OAuthServer(auth, new OAuthServer.Config(settings.tokenTtl, settings.deviceInterval,
                settings.deviceLifetime, settings.deviceAutoApproveAfterPolls, settings.defaultLogin));
        oauth.mount(router);
        this.rateLimits = new RateLimits(clock, settings.rateLimitPoints, settings.rateLimitWindow);
        router.filterHelix(new HelixGate(auth, rateLimits, helixFaults, helixRequests, this::jwts));
        new ControlApi(this).mount(router);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("mock-twitch");
        threads.setDaemon(true);
        this.server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(settings.host);
        connector.setPort(settings.port);
        server.addConnector(connector);
        this.eventSub = new EventSubServer(settings.eventSub(), auth, clock, json, new Catalog(json),
                () -> urls.eventSubWebSocket().toString());
        new SubscriptionRoutes(eventSub).mount(router);
        this.world = new World(auth, new WorldEvents(eventSub, json));
        chatLog.onMessage(new ChatEcho(auth, chatLog, world.events())::echo);
        this.extensionJwts = new ExtensionJwts(world.extensions(), clock);
        HelixRoutes.mount(router, world, chatLog);
        clock.onAdvance(world::clockAdvanced);
        this.conduits = new ConduitStore(eventSub, json);
        new ConduitRoutes(conduits, auth).mount(router);
        clock.onAdvance(conduits::sweep);
        if (settings.state != null) {
            try {
                restoreWorldAndEventSub(settings.state);
            } catch (RuntimeException e) {
                eventSub.close(); // its timers run already; nothing else does before the server starts
                throw e;
            }
        }
        WebSocketUpgradeHandler webSocket = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(15));
            container.addMapping("/ws", eventSub.creator());
        });
        webSocket.setHandler(router);
        server.setHandler(webSocket);
        server.setStopTimeout(0);
        server.start();
        this.urls = MockUrls.forPort(settings.host, connector.getLocalPort());
        eventSub.subscriptions().forEach(eventSub::startVerification);
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

    // ---- OAuth and Helix core (tokens, device codes, rate limits, faults) ----

    /** Issues an app access token (as the client credentials grant does) for the default client. */
    public String issueAppToken() {
        return auth.issueAppToken(defaultClient.id(), settings.tokenTtl).accessToken();
    }

    /**
     * Revokes an access token as {@code POST /oauth2/revoke} does: it and its refresh token stop working at once.
     *
     * @throws IllegalArgumentException when the token is unknown or already revoked
     */
    public void revokeToken(String accessToken) {
        if (!auth.revokeAccessToken(accessToken)) {
            throw new IllegalArgumentException("unknown access token");
        }
    }

    /**
     * Revokes only a refresh token (the user disconnected the app, or a public client's refresh token went
     * stale): the access token works until it expires, then refreshing answers 400 "Invalid refresh token".
     */
    public void revokeRefreshToken(String refreshToken) {
        if (!auth.revokeRefreshToken(refreshToken)) {
            throw new IllegalArgumentException("unknown refresh token");
        }
    }

    /** The next refresh-token grant fails with this status and message, before any check (calls queue up). */
    public void failNextRefresh(int status, String message) {
        oauth.faults().failNext("refresh_token", status, message);
    }

    /**
     * The next {@code count} Helix requests, on any route, fail with this status and message after passing
     * authentication and the rate limit, e.g. {@code failNextHelixRequests(1, 401, "Invalid OAuth token")} for a
     * token that dies in the middle of a call, or 503 for a retry.
     */
    public void failNextHelixRequests(int count, int status, String message) {
        helixFaults.failNext(count, status, message);
    }

    /** Approves a pending device code (the user typed {@code userCode} and allowed access) as this user. */
    public void approveDevice(String userCode, String userId) {
        oauth.approveDevice(userCode, userId);
    }

    /** The user refuses a pending device code; the client's next poll gets {@code access_denied}. */
    public void denyDevice(String userCode) {
        oauth.denyDevice(userCode);
    }

    /** The next {@code /oauth2/authorize} redirects with {@code error=access_denied}, as if the user refused. */
    public void denyNextAuthorization() {
        oauth.denyNextAuthorization();
    }

    /**
     * Registers a redirect URI for the default client. Until one is registered the mock accepts any loopback
     * redirect URI; after, only exact matches, as Twitch.
     */
    public void registerRedirectUri(String redirectUri) {
        oauth.registerRedirectUri(defaultClient.id(), redirectUri);
    }

    /** {@code GET /oauth2/validate} calls made with this access token (answered 200 or 401). */
    public int validationCount(String accessToken) {
        return oauth.counters().validationsOfToken(accessToken);
    }

    /** Successful validations of any token of this user, across refreshes. */
    public int validationCountOfUser(String userId) {
        return oauth.counters().validationsOfUser(userId);
    }

    /** Successful refresh-token grants for this user. */
    public int refreshCount(String userId) {
        return oauth.counters().refreshesOfUser(userId);
    }

    /**
     * {@code POST /oauth2/token} requests of any grant (an app token, a refresh, a code), answered or refused: zero
     * proves a client never went to the id server for a token.
     */
    public int tokenRequestCount() {
        return oauth.counters().tokenRequests();
    }

    /** Empties the rate-limit bucket of this user's tokens under the default client: the next call gets 429. */
    public void drainRateLimit(String userId) {
        rateLimits.drain(RateLimits.userBucket(defaultClient.id(), userId));
    }

    /** Empties the rate-limit bucket of the default client's app tokens. */
    public void drainAppRateLimit() {
        rateLimits.drain(RateLimits.appBucket(defaultClient.id()));
    }

    /** Points left in this user's bucket under the default client (refilled to now, none taken). */
    public int rateLimitRemaining(String userId) {
        return rateLimits.peek(RateLimits.userBucket(defaultClient.id(), userId)).remaining();
    }

    /** Every chat message sent through {@code POST /helix/chat/messages} that reached chat, oldest first. */
    public List<MockChatMessage> chatMessages() {
        return chatLog.all();
    }

    /**
     * The oldest sent chat message not taken yet, waiting up to {@code timeout} for one.
     *
     * @throws AssertionError when none arrives in time, so a test fails with a clear message
     */
    public MockChatMessage takeChatMessage(Duration timeout) throws InterruptedException {
        return chatLog.take(timeout)
                .orElseThrow(() -> new AssertionError("no chat message was sent within " + timeout));
    }

    /** Every authenticated Helix request so far (the last 10,000), oldest first: what Twitch would have seen. */
    public List<MockHelixRequest> helixRequests() {
        return helixRequests.all();
    }

    /** Forgets the recorded Helix requests, so a test can look at what follows only. */
    public void clearHelixRequests() {
        helixRequests.clear();
    }

    // ---- Helix chat: seeding ----

    /**
     * Seats a user in a channel's chat, as if they had joined it, so Get Chatters lists them (sending a message
     * there seats them too).
     */
    public void addChatter(String broadcasterId, String userId) {
        requireKnownUser(broadcasterId);
        requireKnownUser(userId);
        world.chatters().join(broadcasterId, userId);
    }

    /**
     * Starts a shared chat session hosted by {@code hostId} with the guests (Twitch starts them only from its own
     * UI); any session a participant was in ends. Returns the session id.
     */
    public String startSharedChat(String hostId, String... guestIds) {
        requireKnownUser(hostId);
        Arrays.stream(guestIds).forEach(this::requireKnownUser);
        return world.sharedChats().start(hostId, List.of(guestIds), auth.clock().instant()).sessionId();
    }

    // ---- moderation: what viewers do that no Helix call does ----

    /**
     * A user the channel banned asks to be unbanned: the request Get Unban Requests lists, with
     * {@code channel.unban_request.create} raised.
     *
     * @return the request's id
     * @throws IllegalStateException when the user is not banned in the channel
     */
    public String requestUnban(String broadcasterId, String userId, String text) {
        return new ModerationSeeds(world).requestUnban(broadcasterId, userId, text);
    }

    /**
     * AutoMod holds a chat message of {@code userId} in the channel for review (Manage Held AutoMod Messages
     * allows or denies it), with {@code automod.message.hold} raised.
     *
     * @return the held message's id
     */
    public String holdChatMessage(String broadcasterId, String userId, String text) {
        return new ModerationSeeds(world).holdMessage(broadcasterId, userId, text);
    }

    // ---- polls and predictions: what viewers do (Helix has no endpoint for it) ----

    /**
     * A viewer votes for {@code choiceId} in the running poll {@code pollId}, buying {@code channelPointsVotes}
     * extra votes (0 for none; only in a poll that allows them); raises {@code channel.poll.progress}.
     *
     * @throws IllegalArgumentException for an unknown poll or choice
     * @throws IllegalStateException when the poll has ended
     */
    public void votePoll(String pollId, String choiceId, int channelPointsVotes) {
        world.polls().vote(pollId, choiceId, channelPointsVotes, clock.instant());
    }

    /**
     * A viewer puts {@code channelPoints} on {@code outcomeId} of the active prediction {@code predictionId};
     * raises {@code channel.prediction.progress}. Resolving pays the winners their share of the losers' points.
     *
     * @throws IllegalArgumentException for an unknown outcome or points below 1
     * @throws IllegalStateException when the prediction no longer takes predictions
     */
    public void predict(String predictionId, String outcomeId, String userId, int channelPoints) {
        world.predictions().predict(predictionId, outcomeId, userId, channelPoints, clock.instant());
    }

    // ---- guest star, teams, tags: what happens outside Helix ----

    /** Makes {@code userId} a moderator of the broadcaster's channel, e.g. to run Guest Star for the broadcaster. */
    public void grantModerator(String broadcasterId, String userId) {
        world.roles().grant(broadcasterId, Roles.Role.MODERATOR, userId, clock.instant());
    }

    /**
     * An invited guest joins the Guest Star waiting room and signals they are ready, as they would in Twitch's UI:
     * Assign Guest Star Slot may then seat them. Raises {@code channel.guest_star_guest.update} (state
     * {@code ready}).
     *
     * @throws IllegalStateException when the guest has no invite to the channel's active session
     */
    public void readyGuestStarGuest(String broadcasterId, String guestId) {
        GuestStar.Session session = world.guestStar().ready(broadcasterId, guestId);
        new GuestStarEvents(world).guestUpdated(session, broadcasterId, guestId, null, "ready");
    }

    /**
     * Creates a Twitch team (Get Teams, Get Channel Teams).
     *
     * @return the team's id
     * @throws IllegalArgumentException when a team of that name exists
     */
    public String createTeam(String name, String displayName, String... memberIds) {
        return world.teams().create(name, displayName, "<p>" + displayName + "</p>", List.of(memberIds),
                clock.instant()).id();
    }

    /**
     * Puts Twitch-defined tags (ids from Get All Stream Tags) on the channel's stream, replacing its tags.
     *
     * @throws IllegalArgumentException for an id Twitch does not define
     */
    public void tagStream(String broadcasterId, String... tagIds) {
        world.streamTags().tag(broadcasterId, List.of(tagIds));
    }

    // ---- EventSub: triggers, sessions, faults, subscriptions, counters ----

    /**
     * Starts building notifications of a subscription type from its fixture, e.g.
     * {@code twitch.trigger("channel.follow").to(streamer).repeat(3).send()}; see {@link Trigger}.
     *
     * @throws IllegalArgumentException for a type the mock does not know
     */
    public Trigger trigger(String type) {
        return new Trigger(eventSub, json, world.broadcasts(), type);
    }

    /** Every EventSub WebSocket session welcomed so far, oldest first, connected or not. */
    public List<MockSession> sessions() {
        return eventSub.sessions().stream().map(s -> new MockSession(eventSub, s.id())).toList();
    }

    /** A session by the id its welcome carried. */
    public MockSession session(String sessionId) {
        return eventSub.session(sessionId).map(s -> new MockSession(eventSub, s.id()))
                .orElseThrow(() -> new IllegalArgumentException("no such session: " + sessionId));
    }

    /**
     * The newest connected session holding subscriptions created with this user's token.
     *
     * @throws IllegalStateException when the user has none
     */
    public MockSession session(MockUser user) {
        List<MockSession> ofUser = eventSub.sessions().stream()
                .filter(s -> s.connected() && user.id().equals(s.userId()))
                .map(s -> new MockSession(eventSub, s.id())).toList();
        if (ofUser.isEmpty()) {
            throw new IllegalStateException("no connected session with subscriptions of user " + user.login());
        }
        return ofUser.get(ofUser.size() - 1);
    }

    /** The newest connected session, if any (also before it has subscriptions). */
    public Optional<MockSession> latestSession() {
        List<MockSession> live = sessions().stream().filter(MockSession::connected).toList();
        return live.isEmpty() ? Optional.empty() : Optional.of(live.get(live.size() - 1));
    }

    /** Every EventSub subscription the mock holds, in creation order and every status. */
    public List<MockSubscription> subscriptions() {
        return eventSub.subscriptions().stream().map(EventSubServer::snapshot).toList();
    }

    /**
     * Revokes a subscription (websocket or conduit): it takes the status and gets a {@code revocation}
     * message, then nothing more.
     *
     * @param status {@code user_removed}, {@code authorization_revoked}, {@code version_removed} or
     *     {@code moderator_removed}
     */
    public void revoke(String subscriptionId, String status) {
        eventSub.revoke(subscriptionId, status);
    }

    /**
     * Sends a recently sent notification again with the same {@code message_id} (Twitch delivers at least
     * once), to wherever its subscription now delivers. The last 10,000 notifications can be resent.
     *
     * @return false when its subscription no longer has a live target (counted as dropped)
     */
    public boolean resend(String messageId) {
        return eventSub.resend(messageId);
    }

    /** Every conduit of every client, with its shards. */
    public List<MockConduit> conduits() {
        return conduits.list(null);
    }

    /**
     * Puts a conduit shard into any of Twitch's shard statuses (e.g. {@code webhook_callback_verification_failed}
     * or {@code notification_failures_exceeded}); a shard leaving {@code enabled} sends {@code conduit.shard.disabled}
     * to its subscribers and counts toward the 72-hour deletion.
     */
    public void setShardStatus(String conduitId, String shardId, String status) {
        conduits.setShardStatus(conduitId, shardId, status);
    }

    /**
     * Notifications the mock would have posted to webhooks (webhook subscriptions and webhook shards of
     * conduits), in order: it records them instead of calling the callback.
     */
    public List<WebhookDelivery> webhookDeliveries() {
        return eventSub.webhookDeliveries();
    }

    /**
     * The POSTs to webhook callbacks on this machine so far (the most recent 10,000), in order: challenges,
     * notifications, revocations, retries, with the status each got. The mock calls only callbacks on a loopback
     * host.
     */
    public List<MockWebhookCall> webhookCalls() {
        return eventSub.webhooks().calls();
    }

    /** The next {@code count} webhook calls fail without reaching the callback (as a timeout); each is retried. */
    public void failNextWebhookCalls(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        eventSub.webhooks().failNext(count);
    }

    /** The next webhook call is signed with a secret other than its subscription's (a forgery, to be refused). */
    public void signNextWebhookCallWrongly() {
        eventSub.webhooks().signNextWrongly();
    }

    /**
     * The next webhook call carries, and is signed over, a timestamp {@code by} in the past (e.g. 11 minutes: a
     * replay older than Twitch's 10-minute limit, to be refused).
     */
    public void backdateNextWebhookCall(Duration by) {
        if (by == null || by.isNegative()) {
            throw new IllegalArgumentException("by must be a positive duration, got " + by);
        }
        eventSub.webhooks().backdateNext(by);
    }

    /** What EventSub delivered so far: notifications sent, dropped, and sends per message id. */
    public MockCounters counters() {
        return eventSub.counterSnapshot();
    }

    /** Sets the EventSub counters back to zero. */
    public void resetCounters() {
        eventSub.counters().reset();
    }

    /** The next recorded Create EventSub Subscription request, waiting up to 5 seconds. */
    public SubscriptionRequest takeSubscriptionRequest() {
        return takeSubscriptionRequest(Duration.ofSeconds(5));
    }

    /**
     * The next recorded Create EventSub Subscription request (any answer), waiting up to {@code timeout}.
     *
     * @throws IllegalStateException when none arrives in time
     */
    public SubscriptionRequest takeSubscriptionRequest(Duration timeout) {
        return eventSub.takeRequest(timeout).orElseThrow(() ->
                new IllegalStateException("no subscription request within " + timeout));
    }

    // ---- extensions, bits, analytics, entitlements ----

    /**
     * Makes the default client an extension owned by {@code ownerId}, with one fresh shared secret (once; later
     * calls return the same extension). Its app token then reaches the extension's Bits products and transactions.
     */
    public MockExtension registerExtension(String ownerId) {
        world.requireUser(ownerId, "ownerId");
        ExtensionState extension = world.extensions().register(defaultClient.id(), ownerId, "0.0.1", world.now());
        String secret = extension.secrets().stream().filter(s -> s.activeAt(world.now())).reduce((a, b) -> b)
                .orElseThrow().content();
        return new MockExtension(extension.id(), secret, extension.version(), extension.ownerId());
    }

    /** Marks {@code broadcasterId} live with the extension, streaming {@code title} in Just Chatting. */
    public void setExtensionLive(String broadcasterId, String title) {
        world.requireUser(broadcasterId, "broadcasterId");
        extension().goLive(new ExtensionState.LiveChannel(broadcasterId, "509658", "Just Chatting", title));
    }

    /**
     * A purchase of the extension's product {@code sku} by {@code userId} on the channel, as Get Extension
     * Transactions then lists it; raises {@code extension.bits_transaction.create}. Returns the transaction's id.
     */
    public String addExtensionTransaction(String broadcasterId, String userId, String sku) {
        world.requireUser(broadcasterId, "broadcasterId");
        world.requireUser(userId, "userId");
        ExtensionState extension = extension();
        ExtensionState.BitsProduct product = extension.product(sku)
                .orElseThrow(() -> new IllegalArgumentException("no Bits product with SKU " + sku));
        String id = UUID.randomUUID().toString();
        extension.addTransaction(new ExtensionState.Transaction(id, world.now(), broadcasterId, userId, product));
        world.events().raise("extension.bits_transaction.create", Map.of("extension_client_id", extension.id()),
                Map.of("extension_client_id", extension.id(), "id", id, "broadcaster_user_id", broadcasterId,
                        "user_id", userId, "product.name", product.displayName(), "product.sku", product.sku(),
                        "product.bits", product.amount(), "product.in_development", product.inDevelopment()));
        return id;
    }

    /** The required configuration the extension set for a channel (Set Extension Required Configuration). */
    public Optional<String> extensionRequiredConfiguration(String broadcasterId) {
        return extension().requiredConfiguration(broadcasterId).map(ExtensionState.RequiredConfiguration::value);
    }

    /** Chat messages the extension sent, oldest first. */
    public List<MockExtensionMessage> extensionChatMessages() {
        return extension().chat().stream().map(m -> new MockExtensionMessage(m.broadcasterId(), m.targets(),
                m.text())).toList();
    }

    /** PubSub messages the extension sent, oldest first. */
    public List<MockExtensionMessage> extensionPubSubMessages() {
        return extension().pubsub().stream().map(m -> new MockExtensionMessage(m.broadcasterId(), m.targets(),
                m.text())).toList();
    }

    /**
     * {@code userId} cheers {@code bits} in the channel now, with the message {@code Cheer<bits>}: the channel's Bits
     * leaderboard counts it, and {@code channel.cheer} is raised.
     */
    public void cheer(String broadcasterId, String userId, int bits) {
        world.requireUser(broadcasterId, "broadcasterId");
        world.requireUser(userId, "userId");
        if (bits < 1) {
            throw new IllegalArgumentException("a cheer is at least 1 Bit, got " + bits);
        }
        world.bits().cheer(new Bits.Cheer(broadcasterId, userId, bits, world.now()));
        world.events().raise("channel.cheer", Map.of("broadcaster_user_id", broadcasterId), Map.of(
                "broadcaster_user_id", broadcasterId, "user_id", userId, "is_anonymous", false,
                "message", "Cheer" + bits, "bits", bits));
    }

    /** Adds a custom Power-up to the channel; an empty prompt means no viewer input. Returns its id. */
    public String addCustomPowerUp(String broadcasterId, String title, String prompt, int bits) {
        world.requireUser(broadcasterId, "broadcasterId");
        return world.bits().addPowerUp(broadcasterId, title, prompt, bits).id();
    }

    /** Grants a Drops benefit of a game to a user (status {@code CLAIMED}); returns the entitlement's id. */
    public String grantDropsEntitlement(String userId, String gameId, String benefitId) {
        return world.entitlements().grant(userId, gameId, benefitId, world.now()).id();
    }

    /** Makes {@code userId} an owner of {@code gameId}, so Get Game Analytics reports it. */
    public void ownGame(String userId, String gameId) {
        world.analytics().ownGame(userId, gameId);
    }

    /** The JWT verifier, built with the world after the gate that asks for it. */
    private ExtensionJwts jwts() {
        return extensionJwts;
    }

    private ExtensionState extension() {
        return world.extensions().find(defaultClient.id())
                .orElseThrow(() -> new IllegalStateException("no extension: call registerExtension first"));
    }

    // ---- Channels, channel points, subscriptions, charity, goals, hype trains: seeding the world ----

    /** Registers another application with the mock, e.g. to test what Twitch allows only the creating client. */
    public MockClient registerClient(String name) {
        AuthStore.Client client = auth.registerClient(name);
        return new MockClient(client.id(), client.secret());
    }

    /**
     * Registers a public client (no secret): it gets user tokens by the device code flow and refreshes them
     * without a secret, as Twitch allows only public clients; it gets no app access token.
     */
    public MockClient registerPublicClient(String name) {
        AuthStore.Client client = auth.registerPublicClient(name);
        return new MockClient(client.id(), null);
    }

    /** Issues a user access token (with refresh token) of {@code client}'s application. */
    public MockUser issueToken(MockClient client, String userId, String... scopes) {
        AuthStore.User user = auth.userById(userId)
                .orElseThrow(() -> new IllegalArgumentException("no such user: " + userId));
        AuthStore.Token token = auth.issueUserToken(client.clientId(), user.id(),
                new LinkedHashSet<>(Arrays.asList(scopes)), settings.tokenTtl);
        return new MockUser(user.id(), user.login(), user.displayName(), token.accessToken(),
                token.refreshToken(), token.scopes(), token.expiresAt());
    }

    /**
     * Seeds the world from a JSON file: users (with scopes and broadcaster type), follows, subscriptions, moderators,
     * editors and live streams, named by login (see the format in {@code WorldSeed}; the README shows an example). Applied through
     * this API, so the events a follow or subscription raises are raised.
     *
     * @return the users the file created, by login, each with a user access token
     * @throws IllegalArgumentException for a document that is not valid, naming what is wrong
     * @throws UncheckedIOException when the file cannot be read
     */
    public Map<String, MockUser> seed(Path file) {
        try {
            return seedJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world file " + file, e);
        }
    }

    /** As {@link #seed(Path)}, from the JSON text itself. */
    public Map<String, MockUser> seedJson(String json) {
        return new WorldSeed(this, this.json).apply(Objects.requireNonNull(json, "json"));
    }

    /** The id of the user with this login, if the mock has one. */
    Optional<String> userIdByLogin(String login) {
        return auth.userByLogin(login).map(AuthStore.User::id);
    }

    /** {@code userId} follows {@code broadcasterId}'s channel (raises {@code channel.follow}; no-op when they do). */
    public void follow(String userId, String broadcasterId) {
        world.activity().follow(userId, broadcasterId);
    }

    /**
     * {@code userId} subscribes to {@code broadcasterId}'s channel at {@code tier} ({@code "1000"}, {@code "2000"},
     * {@code "3000"}); raises {@code channel.subscribe} for a new subscription.
     */
    public void subscribe(String userId, String broadcasterId, String tier) {
        world.activity().subscribe(userId, broadcasterId, tier, null);
    }

    /** {@code gifterId} gifts {@code userId} a subscription to {@code broadcasterId}'s channel. */
    public void giftSubscription(String gifterId, String userId, String broadcasterId, String tier) {
        world.activity().subscribe(userId, broadcasterId, tier, gifterId);
    }

    /**
     * Sets a user's broadcaster type: {@code "partner"}, {@code "affiliate"} or {@code ""} (the default). Channel
     * points, charity and commercials need a partner or affiliate; a stream delay needs a partner.
     */
    public void setBroadcasterType(String userId, String type) {
        requireKnownUser(userId);
        world.channels().setBroadcasterType(userId, type);
    }

    /** Makes {@code userId} an editor of {@code broadcasterId}'s channel. */
    public void addEditor(String broadcasterId, String userId) {
        requireKnownUser(broadcasterId);
        requireKnownUser(userId);
        world.roles().grant(broadcasterId, Roles.Role.EDITOR, userId, clock.instant());
    }

    /**
     * {@code userId} redeems the custom reward {@code rewardId} of {@code broadcasterId}'s channel (raises
     * {@code channel.channel_points_custom_reward_redemption.add}); returns the redemption's id.
     */
    public String redeem(String userId, String broadcasterId, String rewardId, String userInput) {
        return world.activity().redeem(userId, broadcasterId, rewardId, userInput);
    }

    /**
     * Starts a charity campaign in the channel (raises {@code channel.charity_campaign.start}); {@code targetCents}
     * null for none. Returns the campaign's id.
     */
    public String startCharityCampaign(String broadcasterId, String charityName, Long targetCents) {
        return world.activity().startCharity(broadcasterId, charityName, targetCents);
    }

    /**
     * {@code userId} donates to the channel's active campaign (raises {@code channel.charity_campaign.donate} and
     * {@code .progress}); returns the donation's id.
     */
    public String donateToCharity(String userId, String broadcasterId, long cents) {
        return world.activity().donate(userId, broadcasterId, cents);
    }

    /**
     * Creates an active creator goal ({@code follower}, {@code subscription}, {@code subscription_count},
     * {@code new_subscription}, {@code new_subscription_count}) and raises {@code channel.goal.begin}; returns its id.
     * The current amount of follower and subscription goals is read from the followers and subscribers, and a
     * follow or subscription raises {@code channel.goal.progress} for them.
     */
    public String createGoal(String broadcasterId, String type, String description, int targetAmount) {
        return world.activity().createGoal(broadcasterId, type, description, targetAmount);
    }

    /**
     * {@code userId} contributes {@code points} of {@code type} ({@code bits}, {@code subscription}, {@code other}) to
     * the channel's hype train, starting one when none runs (raises {@code channel.hype_train.begin} or
     * {@code .progress}; the train ends, raising {@code .end}, 5 minutes after its last contribution on the mock
     * clock).
     */
    public void contributeToHypeTrain(String userId, String broadcasterId, String type, int points) {
        world.activity().contributeToHypeTrain(userId, broadcasterId, type, points);
    }

    // ---- streams, videos, clips: broadcasting ----

    /**
     * The broadcaster goes live: Get Streams lists the stream (with the channel's title, category and tags), its
     * archive video starts, and {@code stream.online} is raised with the stream's id and start. Triggering
     * {@code stream.online} for the broadcaster does the same. Returns the stream's id.
     *
     * @throws IllegalStateException when the broadcaster is live already
     */
    public String startStream(String broadcasterId) {
        requireKnownUser(broadcasterId);
        return world.broadcasts().goLive(broadcasterId).id();
    }

    /**
     * The broadcaster's stream ends: Get Streams no longer lists it, its archive stays in Get Videos, and
     * {@code stream.offline} is raised. Returns the archive video's id.
     *
     * @throws IllegalStateException when the broadcaster is not live
     */
    public String endStream(String broadcasterId) {
        requireKnownUser(broadcasterId);
        return world.broadcasts().goOffline(broadcasterId).videoId();
    }

    private void requireKnownUser(String userId) {
        if (userId == null || world.user(userId).isEmpty()) {
            throw new IllegalArgumentException("no such user: " + userId);
        }
    }

    /** Stops the server and closes every socket. */
    @Override
    public void close() {
        eventSub.close();
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

    /** Whether the broadcaster streams now. */
    boolean isLive(String broadcasterId) {
        return world.streams().live(broadcasterId).isPresent();
    }

    /**
     * What this mock knows, to give a later mock ({@link Builder#state(MockState)}) so the same tokens work there and
     * it answers as this one did: clients, users, tokens, the world, conduits and the webhook and conduit
     * subscriptions (not the WebSocket ones, which die with their session); see {@link MockState}.
     */
    public MockState exportState() {
        return new MockState(
                auth.clients().stream().map(c -> new MockState.Client(c.id(), c.secret(), c.name())).toList(),
                auth.users().stream().map(u -> new MockState.User(u.id(), u.login(), u.displayName(), u.email(),
                        u.createdAt())).toList(),
                auth.tokens().stream().map(t -> new MockState.Token(t.accessToken(), t.refreshToken(), t.clientId(),
                        t.userId(), t.scopes(), t.expiresAt())).toList(),
                conduits.saved(), eventSub.saved(), WorldSnapshot.take(world));
    }

    /** After the stores exist and before the server serves; conduits first, as subscriptions name them. */
    private void restoreWorldAndEventSub(MockState state) {
        WorldSnapshot.restore(world, state.world());
        conduits.restore(state.conduits(), clock.instant());
        eventSub.restore(state.subscriptions());
    }

    private void restoreIdentities(MockState state) {
        state.clients().forEach(c -> {
            if (!c.id().equals(defaultClient.id())) {
                auth.registerClient(c.id(), c.secret(), c.name());
            }
        });
        state.users().forEach(u -> auth.restoreUser(new AuthStore.User(u.id(), u.login(), u.displayName(), u.email(),
                u.createdAt())));
        state.tokens().forEach(t -> auth.restoreToken(new AuthStore.Token(t.accessToken(), t.refreshToken(),
                t.clientId(), t.userId(), t.scopes(), t.expiresAt())));
    }

    /**
     * How a mock runs. Twitch's real timings are the defaults; tests shorten them on the builder.
     */
    public static final class Settings {
        /** What the EventSub side needs of these settings. */
        EventSubSettings eventSub() {
            return new EventSubSettings(minKeepalive, defaultKeepalive, requireSubscription, subscriptionTimeout,
                    shardAssociationTimeout, pingInterval, reconnectGrace, messageIdHistory, webhookRetries,
                    webhookFirstRetryDelay, webhookTimeout, webhookFailureLimit);
        }

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
        Duration pingInterval = Duration.ofSeconds(10);
        int rateLimitPoints = 800;
        Duration rateLimitWindow = Duration.ofMinutes(1);
        Duration deviceInterval = Duration.ofSeconds(5);
        Duration deviceLifetime = Duration.ofMinutes(30);
        int deviceAutoApproveAfterPolls = 0;
        String defaultLogin = "mock_user";
        int messageIdHistory = 1_000_000;
        int webhookRetries = 3;
        Duration webhookFirstRetryDelay = Duration.ofMillis(200);
        Duration webhookTimeout = Duration.ofSeconds(2);
        int webhookFailureLimit = 3;
        MockState state;

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

        /**
         * How often the EventSub WebSocket pings; a client that has not answered the previous ping by the
         * next one is closed with 4002.
         */
        public Duration pingInterval() {
            return pingInterval;
        }

        /**
         * How many of the most recent notification message ids {@link MockTwitch#counters()} remembers
         * (default 1,000,000, about 150 MB at most); older ids are forgotten, so a long-running mock stays bounded.
         */
        public int messageIdHistory() {
            return messageIdHistory;
        }

        /** Points in each Helix rate-limit bucket (Twitch: 800). */
        public int rateLimitPoints() {
            return rateLimitPoints;
        }

        /** How long an empty bucket takes to refill completely (Twitch: one minute). */
        public Duration rateLimitWindow() {
            return rateLimitWindow;
        }

        /** The device code grant's polling interval (Twitch: 5 s); polling faster answers {@code slow_down}. */
        public Duration deviceInterval() {
            return deviceInterval;
        }

        /** How long a device code can be redeemed (Twitch: 30 min), on the mock's clock. */
        public Duration deviceLifetime() {
            return deviceLifetime;
        }

        /** On which poll a device code is approved for the default user by itself; 0 (default) never. */
        public int deviceAutoApproveAfterPolls() {
            return deviceAutoApproveAfterPolls;
        }

        /** The user "logged in" on the mock's consent and activate pages (created on first use). */
        public String defaultLogin() {
            return defaultLogin;
        }

        /** How often a webhook message is retried after a non-2xx answer or none (default 3). */
        public int webhookRetries() {
            return webhookRetries;
        }

        /** The delay before a webhook message's first retry; each next one doubles it (default 200 ms). */
        public Duration webhookFirstRetryDelay() {
            return webhookFirstRetryDelay;
        }

        /** How long a webhook callback may take to answer (default 2 s). */
        public Duration webhookTimeout() {
            return webhookTimeout;
        }

        /**
         * How many webhook messages in a row may run out of retries before the subscription is revoked (a shard
         * disabled) with {@code notification_failures_exceeded} (default 3).
         */
        public int webhookFailureLimit() {
            return webhookFailureLimit;
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
        /**
         * Starts with what an earlier mock knew ({@link MockTwitch#exportState()}): its clients, users and tokens, so
         * tokens it issued work again, its world, its conduits and its webhook and conduit subscriptions. A state that
         * does not fit (an unknown subscription type, a part of the world the mock does not have) fails the start
         * with an {@link IllegalArgumentException} naming it. The builder's client stays the default one: a state's
         * client of another id is registered beside it, one of the same id keeps the builder's secret.
         */
        public Builder state(MockState state) {
            s.state = Objects.requireNonNull(state, "state");
            return this;
        }

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

        /** How often the EventSub WebSocket pings; no pong by the next ping closes it with 4002 (default 10 s). */
        public Builder pingInterval(Duration interval) {
            s.pingInterval = positive(interval, "pingInterval");
            return this;
        }

        /**
         * How many of the most recent notification message ids {@link MockTwitch#counters()} remembers, at least
         * 10,000 (default 1,000,000); older ids report 0 sends. The last 10,000 can be resent.
         */
        public Builder messageIdHistory(int ids) {
            if (ids < 10_000) {
                throw new IllegalArgumentException("messageIdHistory must be at least 10000, got " + ids);
            }
            s.messageIdHistory = ids;
            return this;
        }

        /** Whether to close a welcomed socket that gets no subscription in time with 4003 (default true). */
        public Builder requireSubscription(boolean require) {
            s.requireSubscription = require;
            return this;
        }

        /** Each Helix bucket holds {@code points} and refills completely over {@code window} (Twitch: 800, 1 min). */
        public Builder rateLimit(int points, Duration window) {
            if (points < 1) {
                throw new IllegalArgumentException("rate limit points must be positive, got " + points);
            }
            s.rateLimitPoints = points;
            s.rateLimitWindow = positive(window, "rateLimitWindow");
            return this;
        }

        /** The device code grant's polling interval; tests shorten Twitch's 5 s. */
        public Builder deviceInterval(Duration interval) {
            s.deviceInterval = positive(interval, "deviceInterval");
            return this;
        }

        /** How long a device code lives (Twitch: 30 min). */
        public Builder deviceLifetime(Duration lifetime) {
            s.deviceLifetime = positive(lifetime, "deviceLifetime");
            return this;
        }

        /** Approve every device code for the default user on its {@code polls}-th poll; 0 turns this off. */
        public Builder deviceAutoApproveAfterPolls(int polls) {
            if (polls < 0) {
                throw new IllegalArgumentException("polls must be >= 0, got " + polls);
            }
            s.deviceAutoApproveAfterPolls = polls;
            return this;
        }

        /** The login of the user who approves on the consent and activate pages (default {@code mock_user}). */
        public Builder defaultLogin(String login) {
            s.defaultLogin = Objects.requireNonNull(login, "login");
            return this;
        }

        /**
         * How webhook callbacks are called: {@code retries} retries after a non-2xx answer or none within
         * {@code timeout}, the first after {@code firstRetryDelay} and each next after twice the one before;
         * {@code failureLimit} messages in a row without success revoke the subscription (disable the shard) with
         * {@code notification_failures_exceeded}. Defaults: 3, 200 ms, 2 s, 3.
         */
        public Builder webhookDelivery(int retries, Duration firstRetryDelay, Duration timeout, int failureLimit) {
            if (retries < 0 || failureLimit < 1) {
                throw new IllegalArgumentException("webhook retries must be >= 0 and failureLimit >= 1, got "
                        + retries + " and " + failureLimit);
            }
            s.webhookRetries = retries;
            s.webhookFirstRetryDelay = positive(firstRetryDelay, "firstRetryDelay");
            s.webhookTimeout = positive(timeout, "timeout");
            s.webhookFailureLimit = failureLimit;
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
