package dev.twitchkit.helix.raids;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.concurrent.CompletableFuture;

/**
 * Raids. A started raid waits out Twitch's countdown (90 s) before it goes through and {@code channel.raid} is
 * raised; until then it can be cancelled. One raid at a time ({@code ConflictException}), at most 10 requests in
 * 10 minutes ({@code RateLimitedException}).
 */
public final class RaidsApi {
    private static final String CATEGORY = "Raids";

    static final ListEndpoint<Raid> START = Endpoint.declare(CATEGORY, "Start a raid", "startRaid")
            .route("POST", "/raids").scopes(Scope.CHANNEL_MANAGE_RAIDS).userToken().data(Raid.class);
    static final Endpoint<Void> CANCEL = Endpoint.declare(CATEGORY, "Cancel a raid", "cancelRaid")
            .route("DELETE", "/raids").scopes(Scope.CHANNEL_MANAGE_RAIDS).userToken().noContent();

    private final HelixApi api;

    /** The raid endpoints on {@code api}'s token. */
    public RaidsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Sends {@code fromBroadcasterId}'s viewers to {@code toBroadcasterId}.
     *
     * @param fromBroadcasterId the token's user
     * @param toBroadcasterId another broadcaster
     */
    public CompletableFuture<Raid> startRaid(String fromBroadcasterId, String toBroadcasterId) {
        Checks.notBlank(fromBroadcasterId, "fromBroadcasterId");
        Checks.notBlank(toBroadcasterId, "toBroadcasterId");
        if (fromBroadcasterId.equals(toBroadcasterId)) {
            throw new IllegalArgumentException("a broadcaster cannot raid their own channel");
        }
        return START.single(api, HelixQuery.create().add("from_broadcaster_id", fromBroadcasterId)
                .add("to_broadcaster_id", toBroadcasterId), null);
    }

    /** The token user raids {@code toBroadcasterId}. */
    public CompletableFuture<Raid> startRaid(String toBroadcasterId) {
        return startRaid(api.userId(), toBroadcasterId);
    }

    /** Cancels the broadcaster's pending raid ({@code NotFoundException} when there is none). */
    public CompletableFuture<Void> cancelRaid(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return CANCEL.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** Cancels the token user's pending raid. */
    public CompletableFuture<Void> cancelRaid() {
        return cancelRaid(api.userId());
    }
}
