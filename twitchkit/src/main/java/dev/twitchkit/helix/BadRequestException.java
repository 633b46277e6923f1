package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 400 (Bad Request: a parameter or the body is wrong). */
public class BadRequestException extends HelixException {
    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public BadRequestException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    /** As the three-argument form, naming the scopes the endpoint accepts. */
    public BadRequestException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
