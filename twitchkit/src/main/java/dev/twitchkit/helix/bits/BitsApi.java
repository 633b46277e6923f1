package dev.twitchkit.helix.bits;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Bits: leaderboards, Cheermotes, extension transactions and custom Power-ups. */
public final class BitsApi {
    /** Twitch's range of a leaderboard's {@code count}. */
    public static final int MAX_LEADERS = 100;
    /** Twitch's limit on transaction ids per Get Extension Transactions call. */
    public static final int MAX_TRANSACTION_IDS = 100;
    /** The limit on Power-up ids per call (as for channel points rewards). */
    public static final int MAX_POWER_UP_IDS = 50;
    private static final String CATEGORY = "Bits";

    static final Endpoint<BitsLeaderboard> GET_LEADERBOARD = Endpoint.declare(CATEGORY, "Get Bits Leaderboard",
                    "getBitsLeaderboard")
            .route("GET", "/bits/leaderboard").scopes(Scope.BITS_READ).userToken().json(BitsLeaderboard.class);
    static final ListEndpoint<Cheermote> GET_CHEERMOTES = Endpoint.declare(CATEGORY, "Get Cheermotes",
                    "getCheermotes")
            .route("GET", "/bits/cheermotes").data(Cheermote.class);
    static final ListEndpoint<ExtensionTransaction> GET_TRANSACTIONS = Endpoint.declare(CATEGORY,
                    "Get Extension Transactions", "getExtensionTransactions")
            .route("GET", "/extensions/transactions").appToken().list(ExtensionTransaction.class, 100);
    static final ListEndpoint<CustomPowerUp> GET_CUSTOM_POWER_UP = Endpoint.declare(CATEGORY, "Get Custom Power-up",
                    "getCustomPowerUp")
            .route("GET", "/bits/custom_power_ups").scopes(Scope.BITS_READ).userToken().beta()
            .data(CustomPowerUp.class);

    private final HelixApi api;

    /** The Bits endpoints on {@code api}'s token. */
    public BitsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The all-time top 10 of the token's channel. */
    public CompletableFuture<BitsLeaderboard> getBitsLeaderboard() {
        return getBitsLeaderboard(10, BitsPeriod.ALL, null, null);
    }

    /**
     * The Bits leaderboard of the token's channel.
     *
     * @param count how many leaders, 1 to 100
     * @param period the period; {@link BitsPeriod#ALL} for all time
     * @param startedAt a moment in the period (required unless {@code period} is all, which takes none)
     * @param userId a cheerer to centre the list on, or null for the top
     */
    public CompletableFuture<BitsLeaderboard> getBitsLeaderboard(int count, BitsPeriod period, Instant startedAt,
                                                                 String userId) {
        Checks.inRange(count, 1, MAX_LEADERS, "count");
        Checks.notNull(period, "period");
        if (BitsPeriod.ALL.equals(period) && startedAt != null) {
            throw new IllegalArgumentException("the all-time period takes no startedAt");
        }
        if (!BitsPeriod.ALL.equals(period) && startedAt == null) {
            throw new IllegalArgumentException("startedAt is required for the " + period + " period");
        }
        if (userId != null) {
            Checks.notBlank(userId, "userId");
        }
        return GET_LEADERBOARD.call(api, HelixQuery.create().add("count", count).add("period", period)
                .add("started_at", startedAt).add("user_id", userId), null);
    }

    /** The global Cheermotes. */
    public CompletableFuture<List<Cheermote>> getCheermotes() {
        return getCheermotes(null);
    }

    /** The global Cheermotes plus the channel's own ({@code channel_custom}); null for global only. */
    public CompletableFuture<List<Cheermote>> getCheermotes(String broadcasterId) {
        if (broadcasterId != null) {
            Checks.notBlank(broadcasterId, "broadcasterId");
        }
        return GET_CHEERMOTES.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /**
     * Purchases of the extension's Bits products, 100 a page (app token of the extension's client).
     *
     * @param ids only these transactions (at most 100), or empty for all
     */
    public Paginator<ExtensionTransaction> getExtensionTransactions(String extensionId, Collection<String> ids) {
        Checks.notBlank(extensionId, "extensionId");
        checkIds(ids, MAX_TRANSACTION_IDS, "ids");
        return GET_TRANSACTIONS.paginate(api, HelixQuery.create().add("extension_id", extensionId)
                .addAll("id", ids));
    }

    /** Every custom Power-up of the token's channel (beta). */
    public CompletableFuture<List<CustomPowerUp>> getCustomPowerUp() {
        return getCustomPowerUp(api.userId(), List.of());
    }

    /**
     * Custom Power-ups of a channel (beta).
     *
     * @param broadcasterId the channel: the token's user
     * @param ids only these Power-ups (at most 50), or empty for all
     */
    public CompletableFuture<List<CustomPowerUp>> getCustomPowerUp(String broadcasterId, Collection<String> ids) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        checkIds(ids, MAX_POWER_UP_IDS, "ids");
        return GET_CUSTOM_POWER_UP.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .addAll("id", ids), null);
    }

    private static void checkIds(Collection<String> ids, int max, String name) {
        Checks.notNull(ids, name);
        if (ids.size() > max) {
            throw new IllegalArgumentException(name + " must hold at most " + max + " ids, got " + ids.size());
        }
        ids.forEach(id -> Checks.notBlank(id, "id"));
    }
}
