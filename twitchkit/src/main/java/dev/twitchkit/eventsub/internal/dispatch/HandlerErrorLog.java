package dev.twitchkit.eventsub.internal.dispatch;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * The default report of handler failures: the first few with their stack traces, then one line at each power-of-two
 * total, with the count. A handler that throws on every event at 5,000 events/s must not write megabytes of stack
 * traces a second, yet no failure may go uncounted (the total is in each line and in the client's stats).
 */
public final class HandlerErrorLog {
    /** How many failures are logged whole before only counts are. */
    public static final int LOGGED_WHOLE = 5;

    private final Logger log;
    private final AtomicLong failures = new AtomicLong();

    public HandlerErrorLog(Logger log) {
        this.log = log;
    }

    /** Reports one failure; {@code context} says which handler and message. */
    public void failed(Throwable error, String context) {
        long total = failures.incrementAndGet();
        if (total <= LOGGED_WHOLE) {
            log.error("EventSub {} failed", context, error);
            if (total == LOGGED_WHOLE) {
                log.error("EventSub handlers failed {} times; further failures are logged as counts only", total);
            }
        } else if (Long.bitCount(total) == 1) {
            log.error("EventSub {} failed: {} ({} handler failures so far)", context, error, total);
        }
    }

    /** Every failure reported so far. */
    public long total() {
        return failures.get();
    }
}
