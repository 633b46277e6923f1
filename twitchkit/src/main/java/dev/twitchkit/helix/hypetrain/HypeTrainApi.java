package dev.twitchkit.helix.hypetrain;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.concurrent.CompletableFuture;

/** Hype Train: the status of the broadcaster's hype train. */
public final class HypeTrainApi {
    private static final String CATEGORY = "Hype Train";

    static final ListEndpoint<HypeTrainStatus> GET_STATUS = Endpoint.declare(CATEGORY, "Get Hype Train Status",
            "getHypeTrainStatus").route("GET", "/hypetrain/status").scopes(Scope.CHANNEL_READ_HYPE_TRAIN).userToken()
            .data(HypeTrainStatus.class);

    private final HelixApi api;

    /** The hype train endpoints on {@code api}'s token. */
    public HypeTrainApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The broadcaster's hype train status (the broadcaster must be the token's user). */
    public CompletableFuture<HypeTrainStatus> getHypeTrainStatus(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_STATUS.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** The token user's hype train status. */
    public CompletableFuture<HypeTrainStatus> getHypeTrainStatus() {
        return getHypeTrainStatus(api.userId());
    }
}
