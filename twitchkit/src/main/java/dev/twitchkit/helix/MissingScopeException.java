package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;

/**
 * The token lacks every scope the endpoint accepts, so the call failed before Twitch was asked (Twitch would answer
 * 401 {@code Missing scope}). {@link #requiredScopes()} names the scopes to ask the user for (any one suffices).
 */
public final class MissingScopeException extends UnauthorizedException {
    /** The call to {@code route} was refused before sending: the token has none of {@code requiredScopes}. */
    public MissingScopeException(String route, Set<Scope> requiredScopes) {
        super(401, route, "the token has none of the scopes this endpoint accepts; not sent to Twitch",
                requiredScopes);
    }
}
