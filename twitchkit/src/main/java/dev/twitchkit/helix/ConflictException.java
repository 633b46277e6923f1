package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 409 (Conflict: e.g. the EventSub subscription already exists). */
public class ConflictException extends HelixException {
    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public ConflictException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    /** As the three-argument form, naming the scopes the endpoint accepts. */
    public ConflictException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
