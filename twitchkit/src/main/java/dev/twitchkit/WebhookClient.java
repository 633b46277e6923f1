package dev.twitchkit;

import dev.twitchkit.conduit.ConduitManager;
import dev.twitchkit.conduit.internal.ConduitEventSub;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.internal.decode.DecodeCounters;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.PendingNotification;
import dev.twitchkit.eventsub.internal.dispatch.DispatchCounters;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.webhook.WebhookReceiver;
import dev.twitchkit.webhook.WebhookSecret;
import dev.twitchkit.webhook.WebhookServer;
import dev.twitchkit.webhook.internal.SignatureCheck;
import dev.twitchkit.webhook.internal.WebhookEndpoint;
import dev.twitchkit.webhook.internal.WebhookEventSub;
import dev.twitchkit.webhook.internal.WebhookSink;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Twitch application receiving EventSub over webhooks: Twitch POSTs each notification to your HTTPS callback,
 * signed with the subscription's secret. No socket to keep, any number of subscriptions, the app token. The same
 * handlers as the socket clients ({@link #on}, {@link #onRaw}, {@link #onLifecycle}) run on the same dispatch: off
 * the HTTP thread, bounded, in arrival order per subscription.
 *
 * <pre>{@code
 * try (WebhookClient app = WebhookClient.builder(clientId, clientSecret).build()) {
 *     app.on(ChannelFollowEvent.class, n -> System.out.println(n.event().userName() + " followed"));
 *     app.serve(new InetSocketAddress(8080), "/twitch");            // behind your TLS proxy
 *     app.start().join();                                             // app token
 *     app.eventsub(URI.create("https://bot.example.com/twitch")).channelFollow(broadcasterId, moderatorId).join();
 * }
 * }</pre>
 *
 * <p>Another HTTP stack calls {@link #receiver()} from its own route instead of {@link #serve}. A webhook shard of a
 * conduit ({@link ConduitManager#webhookShard}) delivers here too when pointed at this callback with
 * {@link #secret()}. Revocations arrive as {@link SubscriptionRevokedEvent}.
 */
public class WebhookClient extends EventSubClient {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookClient.class);

    private final EngineSettings settings;
    private final SignatureCheck signatures;
    private final WebhookEndpoint endpoint;
    private final int serverThreads;
    private final ConduitManager conduitManager;
    private final Map<URI, WebhookEventSub> eventSubs = new ConcurrentHashMap<>();
    private final Map<String, ConduitEventSub> conduitEventSubs = new ConcurrentHashMap<>();
    /** One queue per subscription: its events keep their order, different subscriptions run in parallel. */
    private final Map<String, DispatchQueue> queues = new ConcurrentHashMap<>();
    private final List<WebhookServer> servers = new CopyOnWriteArrayList<>();

    /** Builds a client from its builder; subclasses call this from their constructors. */
    protected WebhookClient(Builder<?> builder) {
        super(builder, "twitchkit-webhook-timer", LOG);
        this.settings = builder.client;
        this.signatures = new SignatureCheck(builder.secret != null ? builder.secret : WebhookSecret.generate());
        this.serverThreads = builder.serverThreads;
        this.endpoint = new WebhookEndpoint(signatures, decoder(), new Sink(), clock(), builder.maxBodyBytes,
                settings.session(urls()).dedupeMaxIds());
        this.conduitManager = new ConduitManager(this::application);
    }

    /**
     * Starts a builder; the client secret is needed for the app token (client credentials), so a null one fails
     * here with a {@link dev.twitchkit.auth.ClientSecretRequiredException}.
     */
    public static Builder<?> builder(String clientId, String clientSecret) {
        return new WebhookClientBuilder(clientId, clientSecret);
    }

    /** Gets the app token ({@link #authorize()}); ready ({@link ReadyEvent} with the client id) once it is there. */
    public CompletableFuture<Void> start() {
        return trackStart(authorize().thenRun(() -> signalReady(clientId())));
    }

    /** What an HTTP stack hands each callback request to; {@link #serve} uses it too. */
    public WebhookReceiver receiver() {
        return endpoint;
    }

    /**
     * Serves {@link #receiver()} on the JDK's built-in HTTP server at {@code path} (port 0: any free port); closed
     * with the client.
     */
    public WebhookServer serve(InetSocketAddress address, String path) {
        WebhookServer server = WebhookServer.start(endpoint, address, path, serverThreads);
        servers.add(server);
        return server;
    }

    /**
     * Subscriptions delivered to {@code callback} (the HTTPS address Twitch calls, which reaches {@link #receiver()}),
     * signed with the current {@link #secret()}.
     */
    public EventSub eventsub(URI callback) {
        Checks.notNull(callback, "callback");
        return eventSubs.computeIfAbsent(callback, uri -> new WebhookEventSub(uri, this::application,
                signatures::current, settings.ignoreConflict, this::grantedScopes));
    }

    /**
     * Subscriptions on a conduit of the application (with the app token), for a conduit whose shards are webhooks
     * pointed here ({@link ConduitManager#webhookShard}): no {@link ClientApp} is needed for it.
     */
    public EventSub conduitEventSub(String conduitId) {
        Checks.notBlank(conduitId, "conduitId");
        return conduitEventSubs.computeIfAbsent(conduitId, id -> new ConduitEventSub(id, this::application,
                settings.ignoreConflict, this::grantedScopes));
    }

    /** The scopes a user granted this application, from its token registry; empty when it holds no token of theirs. */
    private Set<String> grantedScopes(String userId) {
        return getToken(userId).map(t -> t.scopes().values()).orElse(Set.of());
    }

    /** Managing the application's conduits, a shard's webhook transport included. */
    public ConduitManager conduits() {
        return conduitManager;
    }

    /** The secret new subscriptions are signed with (generated securely unless the builder was given one). */
    public WebhookSecret secret() {
        return signatures.current();
    }

    /**
     * Starts a rotation: {@code next} signs the subscriptions created from now on, and the current secret stays
     * accepted for the subscriptions created with it (Twitch never changes a subscription's secret: recreate them,
     * then call {@link #dropPreviousSecret()}).
     */
    public void rotateSecret(WebhookSecret next) {
        signatures.rotate(Checks.notNull(next, "next"));
    }

    /** Ends a rotation: only the current secret is accepted. */
    public void dropPreviousSecret() {
        signatures.dropPrevious();
    }

    /**
     * What the client did so far: {@code delivered}, {@code duplicatesDropped} and {@code staleDropped} count the
     * receiver's verified messages, Twitch's retries and stale requests; the session fields stay 0 (no socket).
     * {@link #refusedRequests()} counts every refused request.
     */
    @Override
    public EventSubStats stats() {
        DispatchCounters d = dispatcher().counters();
        DecodeCounters dc = decoder().counters();
        return new EventSubStats(endpoint.delivered(), endpoint.duplicates(), endpoint.stale(), d.delivered(),
                d.dropped(), d.handlerErrors(), 0, 0, 0, dc.malformed(), dc.unknownTypes(), dc.unknownFields());
    }

    /** Requests the receiver refused (4xx): forged, stale, malformed, too long, or an unknown challenge. */
    public long refusedRequests() {
        return endpoint.refused();
    }

    /** Stops the servers {@link #serve} started. */
    @Override
    void closeSessions() {
        servers.forEach(WebhookServer::close);
    }

    private DispatchQueue queue(String subscriptionId) {
        return queues.computeIfAbsent(subscriptionId, id -> dispatcher().newQueue("webhook-" + id));
    }

    /** What passed the receiver's checks, into the subscriptions' queues. */
    private final class Sink implements WebhookSink {
        @Override
        public boolean expects(SubscriptionMetadata subscription) {
            return eventSubs.values().stream().anyMatch(e -> e.expects(subscription));
        }

        @Override
        public void notification(Message.Notification notification) {
            // Bound on the dispatch thread: the HTTP thread only read the envelope.
            for (PendingNotification each : notification.pending()) {
                queue(each.subscription().id()).offer(each.messageId(), each);
            }
        }

        @Override
        public void revoked(SubscriptionMetadata subscription) {
            eventSubs.values().forEach(e -> e.revoked(subscription.id()));
            conduitEventSubs.values().forEach(e -> e.revoked(subscription.id()));
            // After the subscription's last notifications, in its own queue, which drains on after it is let go.
            DispatchQueue queue = queue(subscription.id());
            queue.offer(new SubscriptionRevokedEvent(subscription));
            queues.remove(subscription.id(), queue);
        }
    }

    /** The builder {@link #builder} hands out: a plain WebhookClient. */
    private static final class WebhookClientBuilder extends Builder<WebhookClientBuilder> {
        WebhookClientBuilder(String clientId, String clientSecret) {
            super(clientId, clientSecret);
        }

        @Override
        protected WebhookClientBuilder self() {
            return this;
        }
    }

    /**
     * Configures a {@link WebhookClient}: the {@link App} settings, the dispatch settings of the EventSub engine
     * ({@code dispatchExecutor}, {@code dispatchQueue}, {@code ignoreConflict}; the socket settings do not apply) and
     * the receiver's. Each setter returns the concrete builder {@code B}.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends EventSubBuilder<B> {
        WebhookSecret secret;
        int maxBodyBytes = 1024 * 1024;
        int serverThreads = 2;

        /** Starts a builder with the application's credentials; the secret is required. */
        protected Builder(String clientId, String clientSecret) {
            super(clientId, clientSecret);
            requireClientSecret("WebhookClient");
        }

        /** The secret to sign subscriptions with (default: a new one from a secure random source). */
        public B secret(WebhookSecret secret) {
            this.secret = Checks.notNull(secret, "secret");
            return self();
        }

        /**
         * The longest body accepted, in bytes (default 1 MiB, far above Twitch's largest messages); a longer one is
         * refused with 413 while it is read, before it is all in memory. At least 4,096.
         */
        public B maxBodySize(int bytes) {
            this.maxBodyBytes = Checks.inRange(bytes, 4096, Integer.MAX_VALUE - 1, "maxBodySize");
            return self();
        }

        /** How many requests {@link #serve}'s server checks at once (default 2). */
        public B serverThreads(int threads) {
            this.serverThreads = Checks.inRange(threads, 1, 256, "serverThreads");
            return self();
        }

        @Override
        public WebhookClient build() {
            return new WebhookClient(this);
        }
    }
}
