package dev.twitchkit.mock.internal.http;

/**
 * Thrown by a route to answer with Twitch's error body: {@code {"error":"Bad Request","status":400,"message":"…"}}
 * for Helix, {@code {"status":400,"message":"…"}} for OAuth (see {@link HttpReply#error}).
 */
public final class TwitchHttpError extends RuntimeException {
    private final int status;

    public TwitchHttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static TwitchHttpError badRequest(String message) {
        return new TwitchHttpError(400, message);
    }

    public static TwitchHttpError unauthorized(String message) {
        return new TwitchHttpError(401, message);
    }

    public static TwitchHttpError forbidden(String message) {
        return new TwitchHttpError(403, message);
    }

    public static TwitchHttpError notFound(String message) {
        return new TwitchHttpError(404, message);
    }

    public static TwitchHttpError conflict(String message) {
        return new TwitchHttpError(409, message);
    }

    public static TwitchHttpError tooManyRequests(String message) {
        return new TwitchHttpError(429, message);
    }
}
