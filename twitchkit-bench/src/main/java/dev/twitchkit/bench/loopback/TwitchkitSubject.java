package dev.twitchkit.bench.loopback;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.transport.WebSocketTransport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * twitchkit: a {@link ClientUser} per account. The clients share what {@link ClientUser.Builder} lets them share
 * (the App scheduler, the sessions' timer scheduler and the dispatch executor, sized as ClientUser's own defaults:
 * one, one and two threads), as a process running many bots would; with {@code shareHttp} also one HTTP client,
 * which then carries their sockets too. Without it each client builds its own, the library's default (its sockets
 * then open on a client of their own that runs the JDK's callbacks on its selector thread).
 */
final class TwitchkitSubject implements Subject {
    private final Endpoints endpoints;
    private final ChatSink sink;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("bench-twitchkit-scheduler"));
    private final ScheduledExecutorService sessionTimers =
            Executors.newSingleThreadScheduledExecutor(daemon("bench-twitchkit-session-timers"));
    private final ExecutorService dispatch = Executors.newFixedThreadPool(2, daemon("bench-twitchkit-dispatch"));
    private final List<ClientUser> clients = new ArrayList<>();
    private final boolean direct;
    private final boolean shareHttp;
    private final WebSocketTransport transport;

    /**
     * @param direct run handlers on the reading thread (a direct dispatch executor), as Twitch4J does, instead of
     *     the dispatch threads: isolates what the hand-off costs
     * @param shareHttp give every client the same HTTP client instead of letting each build its own
     * @param transport the WebSocket transport all clients share, or null for the library's default
     */
    TwitchkitSubject(Endpoints endpoints, ChatSink sink, boolean direct, boolean shareHttp,
                     WebSocketTransport transport) {
        this.transport = transport;
        this.endpoints = endpoints;
        this.sink = sink;
        this.direct = direct;
        this.shareHttp = shareHttp;
        this.http = shareHttp ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build() : null;
    }

    @Override
    public String name() {
        return direct ? "twitchkit-direct" : "twitchkit";
    }

    @Override
    public void connect(Account account, List<String> broadcasterIds) {
        connectAsync(account, broadcasterIds).join();
    }

    @Override
    public CompletableFuture<Void> connectAsync(Account account, List<String> broadcasterIds) {
        ClientUser.Builder builder = ClientUser.builder(endpoints.clientId(), endpoints.clientSecret());
        if (shareHttp) {
            builder.httpClient(http);
        }
        if (transport != null) {
            builder.transport(transport);
        }
        ClientUser client = builder
                .urls(TwitchUrls.of(endpoints.webSocket(), endpoints.helix(), endpoints.oauth()))
                .scheduler(scheduler)
                .sessionScheduler(sessionTimers)
                .dispatchExecutor(direct ? Runnable::run : dispatch)
                .build();
        synchronized (clients) {
            clients.add(client);
        }
        client.on(ChannelChatMessageEvent.class, n -> sink.chat(n.event().message().text()));
        return client.authorize()
                .thenCompose(v -> client.login(account.accessToken(), account.refreshToken()))
                .thenCompose(user -> {
                    List<CompletableFuture<Subscription>> created = new ArrayList<>();
                    for (String broadcaster : broadcasterIds) {
                        created.add(client.eventsub().channelChatMessage(broadcaster, account.id()));
                    }
                    return client.connect()
                            .thenCompose(v -> CompletableFuture.allOf(created.toArray(CompletableFuture[]::new)));
                });
    }

    @Override
    public long dropped() {
        long dropped = 0;
        synchronized (clients) {
            for (ClientUser c : clients) {
                dropped += c.stats().overflowDropped();
            }
        }
        return dropped;
    }

    @Override
    public void close() {
        synchronized (clients) {
            clients.forEach(ClientUser::close);
            clients.clear();
        }
        if (transport != null) {
            transport.close();
        }
        dispatch.shutdown();
        scheduler.shutdownNow();
        sessionTimers.shutdownNow();
        try {
            dispatch.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
