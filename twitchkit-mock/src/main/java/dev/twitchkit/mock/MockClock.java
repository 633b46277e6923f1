package dev.twitchkit.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The mock's clock: the wall clock plus an offset that tests move forward with {@link #advance(Duration)}.
 *
 * <p>Everything in the mock that Twitch measures in real time over long spans (token expiry, the 72 h
 * conduit deletion, the hourly validation a client must do) reads this clock, so a test skips an hour
 * without sleeping. Short protocol timers (keepalive, the 10 s subscription window, the 30 s reconnect
 * grace) are plain durations set on the builder, because they must really elapse on the socket.
 */
public final class MockClock extends Clock {
    /**
     * How far the clock may run ahead in all: far beyond any token lifetime or conduit timer a test skips, and far
     * from where {@link Instant} overflows or timestamps stop being four-digit years, which would break every
     * route that reads the clock.
     */
    public static final Duration MAX_OFFSET = Duration.ofDays(100 * 365);

    private volatile Duration offset = Duration.ZERO;
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Moves the clock forward and tells every listener the new time; refuses a move past {@link #MAX_OFFSET} in all
     * and leaves the clock where it was.
     */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the mock clock only moves forward, got " + by);
        }
        synchronized (this) {
            if (by.compareTo(MAX_OFFSET.minus(offset)) > 0) {
                throw new IllegalArgumentException("the mock clock moves at most " + MAX_OFFSET.toSeconds()
                        + " seconds (100 years) ahead in all; it is " + offset.toSeconds() + " seconds ahead, "
                        + by.toSeconds() + " seconds more is out of range");
            }
            offset = offset.plus(by);
        }
        Instant now = instant();
        listeners.forEach(l -> l.accept(now));
    }

    /** Registers a callback run after every {@link #advance(Duration)}, with the new time. */
    public void onAdvance(Consumer<Instant> listener) {
        listeners.add(listener);
    }

    /** How far this clock runs ahead of the wall clock. */
    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the mock clock is always UTC");
    }
}
