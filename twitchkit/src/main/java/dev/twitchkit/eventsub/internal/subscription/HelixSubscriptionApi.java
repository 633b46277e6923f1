package dev.twitchkit.eventsub.internal.subscription;

import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.auth.MissingTokenException;
import dev.twitchkit.auth.OAuthException;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.eventsub.EventSubSubscription;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.RateLimitedException;
import dev.twitchkit.helix.ServerErrorException;
import dev.twitchkit.helix.eventsub.SubscriptionFilter;
import dev.twitchkit.internal.Futures;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * {@link SubscriptionApi} on Helix. The supplier is asked on every call, so a token refreshed between a
 * connection loss and the resubscribe is the one used.
 */
public final class HelixSubscriptionApi implements SubscriptionApi {
    private final Supplier<HelixApi> userApi;

    public HelixSubscriptionApi(Supplier<HelixApi> userApi) {
        this.userApi = userApi;
    }

    @Override
    public CompletableFuture<Created> create(String type, String version, Map<String, String> condition,
                                             String sessionId) {
        return call(() -> userApi.get().eventSub()
                .createSubscription(type, version, condition, EventSubTransport.webSocket(sessionId))
                .thenApply(c -> new Created(c.subscription().id(), c.subscription().cost(), c.totalCost(),
                        c.maxTotalCost())));
    }

    @Override
    public CompletableFuture<Void> delete(String subscriptionId) {
        return call(() -> userApi.get().eventSub().deleteSubscription(subscriptionId));
    }

    /**
     * Failures as futures, never thrown: the book calls in from a session's callbacks, where a throw (say, the
     * user's token was removed) would escape into the socket's reader.
     */
    private static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Optional<Created>> findExisting(String type, String version,
                                                             Map<String, String> condition, String sessionId) {
        return call(() -> userApi.get().eventSub().listSubscriptions(SubscriptionFilter.type(type)).all())
                .thenApply(list -> list.stream()
                        .filter(s -> s.version().equals(version) && s.condition().equals(condition)
                                && "enabled".equals(s.status()) && onSession(s, sessionId))
                        .findFirst()
                        .map(s -> new Created(s.id(), s.cost(), 0, 0)));
    }

    private static boolean onSession(EventSubSubscription s, String sessionId) {
        return s.transport() != null && sessionId.equals(s.transport().sessionId());
    }

    @Override
    public Failure classify(Throwable error) {
        Throwable e = Futures.unwrap(error);
        if (e instanceof ConflictException) {
            return Failure.CONFLICT;
        }
        if (e instanceof BadRequestException bad && bad.twitchMessage() != null
                && bad.twitchMessage().contains("session does not exist")) {
            return Failure.DEAD_SESSION;
        }
        if (e instanceof ServerErrorException || e instanceof RateLimitedException || e instanceof IOException
                || e instanceof TimeoutException) {
            return Failure.TRANSIENT;
        }
        if (e instanceof OAuthException oauth && !oauth.isRejection()) {
            return Failure.TRANSIENT; // the refresh after a 401 failed on OAuth's side; it may pass later
        }
        if (e instanceof InvalidTokenException || e instanceof MissingTokenException) {
            return Failure.TOKEN_GONE;
        }
        return Failure.OTHER;
    }
}
