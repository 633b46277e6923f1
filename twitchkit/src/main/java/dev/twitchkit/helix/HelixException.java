package dev.twitchkit.helix;

/**
 * Helix answered with an error status. Carries the status, the route ({@code GET /users}, never the query) and
 * Twitch's {@code message}; never a token. Each status has its own subtype, see {@link #of}.
 */
public class HelixException extends RuntimeException {
    private final int status;
    private final String route;
    private final String twitchMessage;

    public HelixException(int status, String route, String twitchMessage) {
        super(route + " failed with " + status + ": " + twitchMessage);
        this.status = status;
        this.route = route;
        this.twitchMessage = twitchMessage;
    }

    /** The subtype for {@code status}: 400, 401, 403, 404, 409, 429, 5xx, or this class for the rest. */
    public static HelixException of(int status, String route, String twitchMessage) {
        return switch (status) {
            case 400 -> new BadRequestException(status, route, twitchMessage);
            case 401 -> new UnauthorizedException(status, route, twitchMessage);
            case 403 -> new ForbiddenException(status, route, twitchMessage);
            case 404 -> new NotFoundException(status, route, twitchMessage);
            case 409 -> new ConflictException(status, route, twitchMessage);
            case 429 -> new RateLimitedException(status, route, twitchMessage);
            default -> status >= 500 && status < 600 ? new ServerErrorException(status, route, twitchMessage)
                    : new HelixException(status, route, twitchMessage);
        };
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
