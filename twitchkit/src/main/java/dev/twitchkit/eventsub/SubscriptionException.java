package dev.twitchkit.eventsub;

/**
 * A subscription that cannot be created: a Twitch limit would be exceeded (300 per socket, 3 sockets,
 * {@code max_total_cost}), or Twitch refused it. The message says which.
 */
public class SubscriptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creating a subscription failed; the message says which and why. */
    public SubscriptionException(String message) {
        super(message);
    }

    /** Creating a subscription failed; the message says which, the cause why. */
    public SubscriptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
