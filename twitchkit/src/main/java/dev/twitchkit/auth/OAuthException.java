package dev.twitchkit.auth;

/**
 * An error answer of Twitch's OAuth server ({@code id.twitch.tv}), e.g. 400 "Invalid refresh token" or the
 * device flow's "authorization_pending". Carries Twitch's message, never a token.
 */
public class OAuthException extends RuntimeException {
    private final int status;
    private final String twitchMessage;

    /** Twitch's OAuth server answered {@code status} with {@code twitchMessage}. */
    public OAuthException(int status, String twitchMessage) {
        super("Twitch OAuth error " + status + ": " + twitchMessage);
        this.status = status;
        this.twitchMessage = twitchMessage;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Twitch's {@code message} (or {@code error}) member. */
    public String twitchMessage() {
        return twitchMessage;
    }

    /** Whether the server rejected the credentials themselves (400 or 401), so retrying cannot help. */
    public boolean isRejection() {
        return status == 400 || status == 401 || status == 403;
    }
}
