package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 403 (Forbidden: the token's user may not do this). */
public class ForbiddenException extends HelixException {
    public ForbiddenException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    public ForbiddenException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
