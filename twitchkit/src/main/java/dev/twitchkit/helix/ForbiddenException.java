package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 403 (Forbidden: the token's user may not do this). */
public class ForbiddenException extends HelixException {
    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public ForbiddenException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    /** As the three-argument form, naming the scopes the endpoint accepts. */
    public ForbiddenException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
