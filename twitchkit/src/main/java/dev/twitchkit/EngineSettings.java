package dev.twitchkit;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.internal.session.Backoff;
import dev.twitchkit.eventsub.internal.session.SessionSettings;
import dev.twitchkit.eventsub.internal.socket.EventSubSocket;
import dev.twitchkit.transport.JdkWebSocketTransport;
import dev.twitchkit.transport.WebSocketTransport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The EventSub engine's settings, shared by every EventSub client ({@link ClientUser}, {@link ClientApp},
 * {@link WebhookClient}) and set through {@link EventSubBuilder}: the socket's timers and backoff, the dispatch
 * queue, the subscription limits.
 */
final class EngineSettings {
    Integer keepaliveTimeoutSeconds;
    double keepaliveSlack = 1.2;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration backoffInitial = Duration.ofSeconds(1);
    Duration backoffMax = Duration.ofSeconds(180);
    Duration stablePeriod = Duration.ofSeconds(60);
    Executor dispatchExecutor;
    ScheduledExecutorService sessionScheduler;
    int queueCapacity = 10_000;
    OverflowPolicy overflowPolicy = OverflowPolicy.DROP_OLDEST;
    boolean ignoreConflict = true;
    boolean livenessProbe = true;
    int maxMessageChars = EventSubSocket.DEFAULT_MAX_MESSAGE_CHARS;
    WebSocketTransport transport;
    int maxSubscriptionsPerSocket = 300;
    int maxSockets = 3;

    /**
     * The delays between retries of a failed recreation: the reconnect backoff's, capped within Twitch's 10 s
     * for a new socket's first subscription, so a socket whose only subscription is being retried is not
     * closed as unused meanwhile.
     */
    Backoff resubscribeBackoff() {
        Duration withinUnusedWindow = Duration.ofSeconds(8);
        Duration max = backoffMax.compareTo(withinUnusedWindow) < 0 ? backoffMax : withinUnusedWindow;
        return new Backoff(backoffInitial, max.compareTo(backoffInitial) < 0 ? backoffInitial : max,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The transport given on the builder, else the one a transport module on the class path provides, else the
     * JDK's client over {@code http} (made only when needed), its sockets starting to read on {@code firstReads}:
     * the client's session timer thread, so a welcome is never handled on an unnamed thread of the JDK's.
     */
    WebSocketTransport transport(Supplier<HttpClient> http, Executor firstReads) {
        if (transport != null) {
            return transport;
        }
        return InstalledTransport.shared().orElseGet(() -> JdkWebSocketTransport.using(http.get(), firstReads));
    }

    SessionSettings session(TwitchUrls urls) {
        SessionSettings d = SessionSettings.defaults(urls.eventSubWebSocket());
        return new SessionSettings(d.baseUrl(), keepaliveTimeoutSeconds, keepaliveSlack, connectTimeout,
                backoffInitial, backoffMax, stablePeriod, d.dedupeWindow(), d.dedupeMaxIds(), d.staleAfter(),
                livenessProbe);
    }
}
