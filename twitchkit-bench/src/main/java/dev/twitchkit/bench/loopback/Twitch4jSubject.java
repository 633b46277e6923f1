package dev.twitchkit.bench.loopback;

import com.github.philippheuer.credentialmanager.CredentialManager;
import com.github.philippheuer.credentialmanager.CredentialManagerBuilder;
import com.github.philippheuer.credentialmanager.domain.OAuth2Credential;
import com.github.philippheuer.events4j.core.EventManager;
import com.github.philippheuer.events4j.simple.SimpleEventHandler;
import com.github.twitch4j.auth.providers.TwitchIdentityProvider;
import com.github.twitch4j.common.util.EventManagerUtils;
import com.github.twitch4j.eventsub.events.ChannelChatMessageEvent;
import com.github.twitch4j.eventsub.socket.TwitchEventSocket;
import com.github.twitch4j.eventsub.subscriptions.SubscriptionTypes;
import com.github.twitch4j.helix.TwitchHelix;
import com.github.twitch4j.helix.TwitchHelixBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Twitch4J 1.26.0: a {@link TwitchEventSocket} per account, pointed at the mock through its base URL, a Helix
 * client with the mock's base URL, and a {@link TwitchIdentityProvider} on the mock's {@code /oauth2} (Helix
 * validates every token there). The sockets share one Helix client, one event manager and one task executor
 * (Twitch4J's own size for it, {@link TwitchEventSocket#REQUIRED_THREAD_COUNT}), as Twitch4J's socket pools do.
 */
final class Twitch4jSubject implements Subject {
    private final Endpoints endpoints;
    private final EventManager eventManager;
    private final ScheduledExecutorService executor =
            Executors.newScheduledThreadPool(TwitchEventSocket.REQUIRED_THREAD_COUNT);
    private final TwitchHelix helix;
    private final List<TwitchEventSocket> sockets = new ArrayList<>();

    Twitch4jSubject(Endpoints endpoints, ChatSink sink) {
        this.endpoints = endpoints;
        CredentialManager credentials = CredentialManagerBuilder.builder().build();
        credentials.registerIdentityProvider(new TwitchIdentityProvider(endpoints.clientId(),
                endpoints.clientSecret(), "http://localhost", endpoints.oauth().toString()));
        this.helix = TwitchHelixBuilder.builder()
                .withClientId(endpoints.clientId())
                .withClientSecret(endpoints.clientSecret())
                .withBaseUrl(endpoints.helix().toString())
                .withCredentialManager(credentials)
                .build();
        this.eventManager = EventManagerUtils.validateOrInitializeEventManager(null, SimpleEventHandler.class);
        eventManager.onEvent(ChannelChatMessageEvent.class, e -> sink.chat(e.getMessage().getText()));
    }

    @Override
    public String name() {
        return "twitch4j";
    }

    @Override
    public void connect(Account account, List<String> broadcasterIds) {
        OAuth2Credential token = new OAuth2Credential("twitch", account.accessToken());
        TwitchEventSocket socket = TwitchEventSocket.builder()
                .baseUrl(endpoints.webSocket().toString())
                .clientId(endpoints.clientId())
                .api(helix)
                .eventManager(eventManager)
                .taskExecutor(executor)
                .defaultToken(token)
                .build();
        synchronized (sockets) {
            sockets.add(socket);
        }
        for (String broadcaster : broadcasterIds) {
            socket.register(token, SubscriptionTypes.CHANNEL_CHAT_MESSAGE.prepareSubscription(
                    c -> c.broadcasterUserId(broadcaster).userId(account.id()).build(), null));
        }
    }

    @Override
    public long dropped() {
        return 0;
    }

    @Override
    public void close() {
        synchronized (sockets) {
            for (TwitchEventSocket socket : sockets) {
                try {
                    socket.close();
                } catch (Exception e) {
                    // Closing is best effort at the end of a run.
                }
            }
            sockets.clear();
        }
        executor.shutdownNow();
        eventManager.close();
    }
}
