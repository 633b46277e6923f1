package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/** Helix answered 5xx (a server error that persisted through the bounded retries). */
public class ServerErrorException extends HelixException {
    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public ServerErrorException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }

    /** As the three-argument form, naming the scopes the endpoint accepts. */
    public ServerErrorException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(status, route, twitchMessage, requiredScopes);
    }
}
