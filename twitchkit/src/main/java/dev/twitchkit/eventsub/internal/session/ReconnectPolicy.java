package dev.twitchkit.eventsub.internal.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * How long to wait before reconnecting after a loss. An attempt that never reached a welcome is a failed attempt:
 * the delays grow ({@link Backoff}). A session that was welcomed and then lost (Twitch closed it, the connection
 * dropped) is not: it reconnects promptly, within a jittered initial delay, however short-lived it was, so that a
 * run of server closes does not push reconnects to minutes. A guard keeps that from becoming a tight loop: beyond
 * {@link #PROMPT_BUDGET} prompt reconnects within {@link #PROMPT_WINDOW}, losses go through the growing backoff
 * until the window clears. A session that lived the stable period starts the backoff over.
 *
 * <p>Not thread-safe; the session machine calls it under its lock.
 */
public final class ReconnectPolicy {
    /** Prompt reconnects allowed within {@link #PROMPT_WINDOW}. */
    public static final int PROMPT_BUDGET = 5;
    /** The window of the tight-loop guard. */
    public static final Duration PROMPT_WINDOW = Duration.ofSeconds(10);

    private final Backoff backoff;
    private final Duration initial;
    private final Duration stablePeriod;
    private final DoubleSupplier random;
    private final LongSupplier nanoTime;
    /** When the prompt reconnects within the window happened, oldest first. */
    private final Deque<Long> prompts = new ArrayDeque<>();

    /**
     * @param random uniform numbers in {@code [0, 1)} for the jitter
     * @param nanoTime a monotonic clock ({@code System::nanoTime})
     */
    public ReconnectPolicy(Duration initial, Duration max, Duration stablePeriod, DoubleSupplier random,
                           LongSupplier nanoTime) {
        this.backoff = new Backoff(initial, max, random);
        this.initial = initial;
        this.stablePeriod = stablePeriod;
        this.random = random;
        this.nanoTime = nanoTime;
    }

    /**
     * The delay before the next attempt.
     *
     * @param welcomedFor how long the lost session had been welcomed; null when the attempt never was
     */
    public Duration afterLoss(Duration welcomedFor) {
        if (welcomedFor == null) {
            return backoff.next();
        }
        long now = nanoTime.getAsLong();
        if (welcomedFor.compareTo(stablePeriod) >= 0) {
            prompts.clear(); // a long-lived session: whatever came before is history
            backoff.reset();
        }
        while (!prompts.isEmpty() && now - prompts.peekFirst() >= PROMPT_WINDOW.toNanos()) {
            prompts.pollFirst();
        }
        if (prompts.size() >= PROMPT_BUDGET) {
            return backoff.next(); // welcomed and lost again and again: a loop, slowed down
        }
        prompts.addLast(now);
        backoff.reset(); // the server welcomed us: the next failed attempt starts from the initial delay
        return Duration.ofMillis((long) (random.getAsDouble() * initial.toMillis()));
    }
}
