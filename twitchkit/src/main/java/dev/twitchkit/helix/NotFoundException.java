package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 404 (Not Found). */
public class NotFoundException extends HelixException {
    public NotFoundException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    public NotFoundException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
