package dev.twitchkit.helix.goals;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Goals: the broadcaster's active creator goals. */
public final class GoalsApi {
    private static final String CATEGORY = "Goals";

    static final ListEndpoint<CreatorGoal> GET = Endpoint.declare(CATEGORY, "Get Creator Goals", "getCreatorGoals")
            .route("GET", "/goals").scopes(Scope.CHANNEL_READ_GOALS).userToken().data(CreatorGoal.class);

    private final HelixApi api;

    /** The goal endpoints on {@code api}'s token. */
    public GoalsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The broadcaster's active goals (the broadcaster must be the token's user). */
    public CompletableFuture<List<CreatorGoal>> getCreatorGoals(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** The token user's active goals. */
    public CompletableFuture<List<CreatorGoal>> getCreatorGoals() {
        return getCreatorGoals(api.userId());
    }
}
