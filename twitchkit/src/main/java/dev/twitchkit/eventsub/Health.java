package dev.twitchkit.eventsub;

import java.util.List;
import java.util.Objects;

/**
 * Whether a client receives everything it asked for, and if not, why: a bot can look connected while a
 * subscription it needs is missing, and this is where that shows. {@code isReady()} of the clients is true only
 * in {@link Status#READY}.
 *
 * @param status the summary
 * @param reasons what is wrong, in words meant for a log or a status page; empty when ready
 */
public record Health(Status status, List<String> reasons) {

    /** The summary of a {@link Health}. */
    public enum Status {
        /** Connected, every subscription held. */
        READY,
        /** Running, but some subscription is missing: being retried, or given up (the reasons say which). */
        DEGRADED,
        /** Not receiving: not started yet, closed, or stopped by a failure it cannot recover from. */
        DOWN
    }

    /** Checks the status and copies the reasons. */
    public Health {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }

    /** All well. */
    public static Health ready() {
        return new Health(Status.READY, List.of());
    }

    /** {@link Status#DEGRADED} with these reasons, or {@link #ready()} when there are none. */
    public static Health degradedBy(List<String> reasons) {
        return reasons.isEmpty() ? ready() : new Health(Status.DEGRADED, reasons);
    }

    /** {@link Status#DOWN} for one reason. */
    public static Health down(String reason) {
        return new Health(Status.DOWN, List.of(reason));
    }
}
