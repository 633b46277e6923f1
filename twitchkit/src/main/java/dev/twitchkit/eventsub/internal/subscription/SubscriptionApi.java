package dev.twitchkit.eventsub.internal.subscription;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the subscription book needs from Helix, always with the user's <em>current</em> token. Failures arrive as
 * the futures' exceptions, never thrown; {@link #classify(Throwable)} says what they mean.
 */
public interface SubscriptionApi {

    /** A subscription Twitch holds, with the user's totals after it. */
    record Created(String id, int cost, int totalCost, int maxTotalCost) {
    }

    /** What a failed call means to the book. */
    enum Failure {
        /** 409: the same subscription exists already. */
        CONFLICT,
        /** The session named in the request is gone (400 "... does not exist or has already disconnected"). */
        DEAD_SESSION,
        /**
         * Worth trying again later: Twitch answered 5xx or 429, the network failed, or a token refresh failed in a
         * way that may pass (OAuth answered 5xx).
         */
        TRANSIENT,
        /** The user's token is gone (its refresh was rejected, or it was removed): no call can succeed. */
        TOKEN_GONE,
        /** Anything else, and final: a missing scope (403), a bad condition (400), a 401 after a refresh, ... */
        OTHER
    }

    CompletableFuture<Created> create(String type, String version, Map<String, String> condition, String sessionId);

    CompletableFuture<Void> delete(String subscriptionId);

    /** The enabled subscription of this type, version and condition on {@code sessionId}, if Twitch has one. */
    CompletableFuture<Optional<Created>> findExisting(String type, String version, Map<String, String> condition,
                                                      String sessionId);

    Failure classify(Throwable error);
}
