package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 401 (Unauthorized: the token is invalid or lacks a scope, even after one refresh). */
public class UnauthorizedException extends HelixException {
    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public UnauthorizedException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    /** As the three-argument form, naming the scopes the endpoint accepts. */
    public UnauthorizedException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
