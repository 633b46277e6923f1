package dev.twitchkit.conduit.internal;

import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.eventsub.internal.subscription.AppTokenEventSub;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.internal.Checks;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link EventSub} on a conduit: subscriptions with the conduit transport, created with the app token. They live
 * on the conduit, not on a session, so nothing is recreated when a shard's session changes.
 */
public final class ConduitEventSub extends AppTokenEventSub {
    private final String conduitId;

    /**
     * @param app Helix with the app's current token
     * @param ignoreConflict whether a 409 adopts the existing subscription
     */
    public ConduitEventSub(String conduitId, Supplier<HelixApi> app, boolean ignoreConflict) {
        this(conduitId, app, ignoreConflict, user -> Set.of());
    }

    /**
     * @param app Helix with the app's current token
     * @param ignoreConflict whether a 409 adopts the existing subscription
     * @param grantedScopes the scopes a user granted the application (from its token registry); empty when unknown
     */
    public ConduitEventSub(String conduitId, Supplier<HelixApi> app, boolean ignoreConflict,
                           Function<String, Set<String>> grantedScopes) {
        super(app, TransportMethod.CONDUIT, ignoreConflict, grantedScopes);
        this.conduitId = Checks.notBlank(conduitId, "conduitId");
    }

    public String conduitId() {
        return conduitId;
    }

    @Override
    protected EventSubTransport transport() {
        return EventSubTransport.conduit(conduitId);
    }

    @Override
    protected boolean deliversHere(EventSubTransport transport) {
        return conduitId.equals(transport.conduitId());
    }

    @Override
    protected String where() {
        return "on conduit " + conduitId;
    }
}
