package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 400 (Bad Request: a parameter or the body is wrong). */
public class BadRequestException extends HelixException {
    public BadRequestException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    public BadRequestException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
