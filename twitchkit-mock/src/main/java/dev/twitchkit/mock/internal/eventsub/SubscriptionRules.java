package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.Collection;
import java.util.Map;

/**
 * Twitch's rules for creating a subscription, each failing with Twitch's status and text: transport and
 * token kind, condition users, authorization (scopes and the authorizing user), duplicates, and the limits
 * (300 per socket, 3 sockets per user, the cost caps, 3 with the same type and condition). Checks only; the
 * {@link EventSubServer} runs them under its lock over its current subscriptions.
 */
final class SubscriptionRules {
    static final int MAX_SUBSCRIPTIONS_PER_SOCKET = 300;
    static final int MAX_SOCKETS_PER_USER = 3;
    static final int MAX_WEBSOCKET_COST = 10;
    static final int MAX_APP_COST = 10_000;
    static final int MAX_SAME_TYPE_AND_CONDITION = 3;

    private final AuthStore auth;

    SubscriptionRules(AuthStore auth) {
        this.auth = auth;
    }

    /** The type takes this transport; websockets need a user token, webhooks and conduits an app token. */
    void checkTransport(CatalogEntry entry, String method, AuthStore.Token token) {
        if (!entry.transports().contains(method)) {
            throw TwitchHttpError.badRequest("transport method " + method + " is not supported for " + entry.type()
                    + " version " + entry.version());
        }
        if (method.equals("websocket") == token.isApp()) {
            throw TwitchHttpError.badRequest("invalid transport and auth combination");
        }
    }

    /** Every user id of the condition is a user. */
    void checkConditionUsers(Map<String, String> condition) {
        for (Map.Entry<String, String> c : condition.entrySet()) {
            if (c.getKey().endsWith("user_id") && auth.userById(c.getValue()).isEmpty()) {
                throw TwitchHttpError.badRequest("invalid condition: " + c.getKey() + " " + c.getValue()
                        + " is not a user");
            }
        }
    }

    /**
     * A user token needs every scope group and must be the condition's authorizing user; an app token needs
     * that user to have granted the scopes to the client. App-token-only types refuse user tokens, and a
     * {@code client_id} condition must be the token's client. 403 otherwise.
     */
    void authorize(AuthStore.Token token, CatalogEntry entry, Map<String, String> condition) {
        TwitchHttpError missing = TwitchHttpError.forbidden("subscription missing proper authorization");
        if (entry.appToken() && !token.isApp()) {
            throw missing;
        }
        String conditionClient = condition.get("client_id");
        if (conditionClient != null && !conditionClient.equals(token.clientId())) {
            throw missing;
        }
        String field = entry.authorizedUserField();
        if (!token.isApp()) {
            if (!entry.scopesSatisfiedBy(token.scopes())
                    || (field != null && !token.userId().equals(condition.get(field)))) {
                throw missing;
            }
        } else if (field != null) {
            String user = condition.get(field);
            boolean granted = user != null && auth.tokensOf(token.clientId(), user).stream()
                    .anyMatch(t -> entry.scopesSatisfiedBy(t.scopes()));
            if (!granted) {
                throw missing;
            }
        }
    }

    /** Twitch's cost rule: 0 when a user of the condition has authorized the client, else 1. */
    int cost(String clientId, Map<String, String> condition) {
        for (String userId : Catalog.userIdValues(condition)) {
            if (!auth.tokensOf(clientId, userId).isEmpty()) {
                return 0;
            }
        }
        return 1;
    }

    static int maxTotalCost(AuthStore.Token token) {
        return token.isApp() ? MAX_APP_COST : MAX_WEBSOCKET_COST;
    }

    /**
     * 409 for an exact duplicate; 429 for the same type and condition three times, a full socket, a fourth
     * socket of the user, or a cost over the cap.
     *
     * @param all every subscription the mock holds
     * @param totalCost the enabled cost the token's limits already count
     */
    void checkLimits(AuthStore.Token token, CatalogEntry entry, Map<String, String> condition, String method,
                     String target, Collection<Subscription> all, int cost, int totalCost) {
        String client = token.clientId();
        for (Subscription s : all) {
            if (s.enabled() && s.clientId().equals(client) && s.entry().equals(entry)
                    && s.condition().equals(condition) && s.transport().method().equals(method)
                    && s.transport().target().equals(target)) {
                throw TwitchHttpError.conflict("subscription already exists");
            }
        }
        long sameTypeAndCondition = all.stream().filter(s -> s.enabled() && s.clientId().equals(client)
                && s.type().equals(entry.type()) && s.condition().equals(condition)).count();
        if (sameTypeAndCondition >= MAX_SAME_TYPE_AND_CONDITION) {
            throw TwitchHttpError.tooManyRequests("maximum subscriptions with type and condition exceeded");
        }
        if (method.equals("websocket")) {
            long onSocket = all.stream().filter(s -> s.enabled() && s.isWebSocket()
                    && s.transport().target().equals(target)).count();
            if (onSocket >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
                throw TwitchHttpError.tooManyRequests("number of subscriptions per websocket transport limit exceeded");
            }
            long sockets = all.stream().filter(s -> s.enabled() && s.isWebSocket() && s.clientId().equals(client)
                    && token.userId().equals(s.userId())).map(s -> s.transport().target()).distinct().count();
            if (onSocket == 0 && sockets >= MAX_SOCKETS_PER_USER) {
                throw TwitchHttpError.tooManyRequests("number of websocket transports limit exceeded");
            }
        }
        int max = maxTotalCost(token);
        if (totalCost + cost > max) {
            throw TwitchHttpError.tooManyRequests("subscription total cost exceeded: max_total_cost is " + max);
        }
    }
}
