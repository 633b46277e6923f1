package dev.twitchkit.eventsub;

/**
 * What the dispatcher does when a connection's queue of undelivered notifications is full because handlers are
 * slower than Twitch. Reading never stops either way (a stalled reader stops answering pings and Twitch closes
 * the socket); every dropped notification is counted and logged.
 */
public enum OverflowPolicy {
    /** Drop the notification that just arrived; the queued ones are delivered. */
    DROP_NEWEST,
    /** Drop the oldest queued notification to make room for the new one. */
    DROP_OLDEST
}
