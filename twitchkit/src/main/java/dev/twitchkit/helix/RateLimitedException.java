package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 429 (Too Many Requests: still limited after the bounded waits, or an endpoint-specific limit). */
public class RateLimitedException extends HelixException {
    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public RateLimitedException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    /** As the three-argument form, naming the scopes the endpoint accepts. */
    public RateLimitedException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
