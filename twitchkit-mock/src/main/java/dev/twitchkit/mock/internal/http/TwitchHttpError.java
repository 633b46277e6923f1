package dev.twitchkit.mock.internal.http;

/**
 * Thrown by a route to answer with Twitch's error body: {@code {"error":"Bad Request","status":400,"message":"…"}}
 * for Helix, {@code {"status":400,"message":"…"}} for OAuth (see {@link HttpReply#error}).
 *
 * <p>Messages often end with the input that was refused ({@code got: …}); a message is cut to its first
 * {@value #MAX_MESSAGE_LENGTH} characters, so a 10 MB field is not sent back in a 10 MB error.
 */
public final class TwitchHttpError extends RuntimeException {
    /** Long enough for every message of the mock's own, short enough that an echoed input stays a prefix. */
    static final int MAX_MESSAGE_LENGTH = 300;

    private final int status;

    public TwitchHttpError(int status, String message) {
        super(shorten(message), null, false, false);
        this.status = status;
    }

    private static String shorten(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        int cut = MAX_MESSAGE_LENGTH;
        if (Character.isHighSurrogate(message.charAt(cut - 1))) {
            cut--; // never split a character in two
        }
        return message.substring(0, cut) + "… (" + (message.length() - cut) + " more characters)";
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
