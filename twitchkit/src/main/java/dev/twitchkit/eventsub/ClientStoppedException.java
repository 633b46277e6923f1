package dev.twitchkit.eventsub;

/**
 * The client stopped itself because it could not go on (the bot's own token was removed: its refresh was rejected
 * or it was revoked). Thrown by {@code waitUntilClosed()} and {@code run(...)} so that a bot's process ends with
 * the cause instead of sitting on a socket Twitch will close as unused. The cause says what happened.
 */
public class ClientStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The client stopped for {@code cause}; the message says what the client was doing. */
    public ClientStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
