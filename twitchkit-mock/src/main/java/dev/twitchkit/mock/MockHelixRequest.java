package dev.twitchkit.mock;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Helix request as the mock received it, after authentication: what Twitch would have seen. Tests read these to
 * check what a client sent ({@link MockTwitch#helixRequests()}).
 *
 * @param method the HTTP method
 * @param path the path below {@code /helix}, e.g. {@code /moderation/bans}
 * @param query the query parameters, each with its values in order
 * @param body the raw body, or an empty string
 * @param userId the token's user, or null for an app token or an extension JWT
 * @param jwtClaims the claims of the extension JWT the request carried (verified); empty for an OAuth token
 */
public record MockHelixRequest(String method, String path, Map<String, List<String>> query, String body,
                               String userId, Map<String, Object> jwtClaims) {
    public MockHelixRequest {
        query = Map.copyOf(query);
        jwtClaims = jwtClaims == null ? Map.of() : Map.copyOf(jwtClaims);
    }

    /** A request authenticated with an OAuth token. */
    public MockHelixRequest(String method, String path, Map<String, List<String>> query, String body, String userId) {
        this(method, path, query, body, userId, Map.of());
    }

    /** The first value of a query parameter. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeated query parameter, in order. */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** {@code GET /users}. */
    public String route() {
        return method + " " + path;
    }
}
