package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Helix answered with an error status. Carries the status, the route ({@code GET /users}, never the query) and
 * Twitch's {@code message}; never a token. Each status has its own subtype, see {@link #of}.
 */
public class HelixException extends RuntimeException {
    private final int status;
    private final String route;
    private final String twitchMessage;
    private final Set<Scope> requiredScopes;

    /** Helix answered {@code status} on {@code route} with {@code twitchMessage}. */
    public HelixException(int status, String route, String twitchMessage) {
        this(status, route, twitchMessage, Set.of());
    }

    /**
     * @param requiredScopes the scopes the endpoint documents (any one suffices), named in the message so a
     *     401 or 403 for a missing scope says which to ask the user for
     */
    public HelixException(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        super(route + " failed with " + status + ": " + twitchMessage + hint(requiredScopes));
        this.status = status;
        this.route = route;
        this.twitchMessage = twitchMessage;
        this.requiredScopes = Set.copyOf(requiredScopes);
    }

    /** The subtype for {@code status}: 400, 401, 403, 404, 409, 429, 5xx, or this class for the rest. */
    public static HelixException of(int status, String route, String twitchMessage) {
        return of(status, route, twitchMessage, Set.of());
    }

    /** As {@link #of(int, String, String)}, naming the scopes the endpoint documents. */
    public static HelixException of(int status, String route, String twitchMessage, Set<Scope> requiredScopes) {
        return switch (status) {
            case 400 -> new BadRequestException(status, route, twitchMessage, requiredScopes);
            case 401 -> new UnauthorizedException(status, route, twitchMessage, requiredScopes);
            case 403 -> new ForbiddenException(status, route, twitchMessage, requiredScopes);
            case 404 -> new NotFoundException(status, route, twitchMessage, requiredScopes);
            case 409 -> new ConflictException(status, route, twitchMessage, requiredScopes);
            case 429 -> new RateLimitedException(status, route, twitchMessage, requiredScopes);
            default -> status >= 500 && status < 600
                    ? new ServerErrorException(status, route, twitchMessage, requiredScopes)
                    : new HelixException(status, route, twitchMessage, requiredScopes);
        };
    }

    private static String hint(Set<Scope> scopes) {
        return scopes == null || scopes.isEmpty() ? ""
                : " (the endpoint needs " + scopes.stream().map(Scope::value).sorted()
                        .collect(Collectors.joining(" or ")) + ")";
    }

    /** The scopes the endpoint documents, named when the failure may be a missing scope; often empty. */
    public Set<Scope> requiredScopes() {
        return requiredScopes;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Method and path, e.g. {@code POST /eventsub/subscriptions}. */
    public String route() {
        return route;
    }

    /** Twitch's {@code message}, or the reason phrase when the body had none. */
    public String twitchMessage() {
        return twitchMessage;
    }
}
