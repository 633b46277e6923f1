package dev.twitchkit.eventsub;

/**
 * What the dispatcher does when a connection's queue of undelivered notifications is full because handlers are
 * slower than Twitch. A full queue first holds the socket's reading thread up to 250 ms for the dispatch thread to
 * make room (a short stall of the dispatch thread then costs no event); only when no room was made in that time
 * does the policy drop, and it drops at once until the dispatch thread moves again, so reading never stops for
 * longer (a stalled reader stops answering pings and Twitch closes the socket). Every dropped notification is
 * counted and logged.
 */
public enum OverflowPolicy {
    /** Drop the notification that just arrived; the queued ones are delivered. */
    DROP_NEWEST,
    /** Drop the oldest queued notification to make room for the new one. */
    DROP_OLDEST
}
