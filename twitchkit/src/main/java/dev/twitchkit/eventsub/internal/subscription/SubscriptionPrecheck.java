package dev.twitchkit.eventsub.internal.subscription;

import dev.twitchkit.eventsub.SubscriptionException;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.TransportMethod;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The registry's checks of a subscription before Twitch is asked, shared by the WebSocket client and the conduit
 * clients so both refuse the same mistakes with the same words. A (type, version) the registry does not know passes
 * unchecked: Twitch decides, and its events arrive raw.
 */
public final class SubscriptionPrecheck {
    private SubscriptionPrecheck() {
    }

    /**
     * Checks the condition fields, that the type may use {@code transport} and the token kind, and the scopes of the
     * user the subscription rests on when they are known.
     *
     * @param tokenUserId the user of the token that creates the subscription; {@code null} for the app token, whose
     *     subscriptions rest on the condition's authorizing user ({@link SubscriptionType#authorizedUserField()})
     * @param grantedScopes the scopes a user granted this client; an empty set means not known, left to Twitch
     * @return why Twitch would refuse it; empty when it may be sent
     */
    public static Optional<SubscriptionException> check(String type, String version, Map<String, String> condition,
                                                        TransportMethod transport, String tokenUserId,
                                                        Function<String, Set<String>> grantedScopes) {
        Optional<SubscriptionType<?>> known = SubscriptionType.find(type, version);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        SubscriptionType<?> entry = known.get();
        try {
            entry.checkCondition(condition);
            if (entry.appTokenOnly() && tokenUserId != null) {
                throw new IllegalArgumentException(entry + " needs an app access token; a WebSocket session takes "
                        + "user tokens only (use a conduit)");
            }
            if (!entry.transports().contains(transport)) {
                throw new IllegalArgumentException(entry + " cannot be delivered through " + transport.value()
                        + " (transports: " + entry.transports() + ")");
            }
            if (tokenUserId != null) {
                checkScopes(entry, grantedScopes.apply(tokenUserId));
            } else {
                Optional<String> field = entry.authorizedUserField();
                String user = field.map(condition::get).orElse(null);
                try {
                    checkScopes(entry, user == null ? Set.of() : grantedScopes.apply(user));
                } catch (IllegalArgumentException missing) {
                    throw new IllegalArgumentException(missing.getMessage() + " from " + field.get() + " " + user
                            + ", who has not granted it to this client");
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            // The message is the whole story; the argument check's exception would only add a layer to unwrap.
            return Optional.of(new SubscriptionException(refused.getMessage()));
        }
    }

    /** Checks scopes known to be granted; none known (an unvalidated token, a user the app has no token of) passes. */
    private static void checkScopes(SubscriptionType<?> entry, Set<String> granted) {
        if (granted != null && !granted.isEmpty()) {
            entry.checkScopes(granted);
        }
    }
}
