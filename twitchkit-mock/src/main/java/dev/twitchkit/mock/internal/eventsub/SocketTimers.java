package dev.twitchkit.mock.internal.eventsub;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The EventSub WebSocket's short protocol timers on one daemon thread: keepalives after a quiet period,
 * pings with the 4002 rule, and one-off deadlines (4003, the reconnect grace). These must really elapse on
 * the socket, so they run on the wall clock, not the mock clock. Once closed, new timers are dropped quietly.
 */
final class SocketTimers implements AutoCloseable {
    private final ScheduledThreadPoolExecutor executor = daemon("mock-twitch-eventsub-timers");
    /** Flushes of batched frames get their own thread, so no timer task can hold them up. */
    private final ScheduledThreadPoolExecutor flusher = daemon("mock-twitch-eventsub-flush");
    /** Work that may wait on a slow client (notifications sent from inside the mock) stays off both. */
    private final ScheduledThreadPoolExecutor tasks = daemon("mock-twitch-eventsub-tasks");

    private static ScheduledThreadPoolExecutor daemon(String name) {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /** Runs a flush of batched frames; never blocks. */
    void flush(Runnable flush) {
        try {
            flusher.execute(flush);
        } catch (RejectedExecutionException e) {
            // the mock is closing
        }
    }

    void after(Duration delay, Runnable task) {
        after(delay.toNanos(), task);
    }

    private void after(long delayNanos, Runnable task) {
        try {
            executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the mock is closing
        }
    }

    /** Runs a task that may send (and so wait on a slow client) on its own thread. */
    void soon(Runnable task) {
        try {
            tasks.execute(task);
        } catch (RejectedExecutionException e) {
            // the mock is closing
        }
    }

    /**
     * Sends a keepalive whenever a full keepalive period passed with nothing sent on the connection, so any
     * notification resets the count. The check reads a timestamp; the send path does no timer work.
     */
    void keepalives(WsConnection connection, int keepaliveSeconds, Supplier<String> keepaliveFrame) {
        long period = TimeUnit.SECONDS.toNanos(keepaliveSeconds);
        after(period, new Runnable() {
            @Override
            public void run() {
                if (!connection.open()) {
                    return;
                }
                long idle = System.nanoTime() - connection.lastSentNanos();
                if (idle >= period) {
                    if (!connection.keepalivesStopped()) {
                        connection.trySend(keepaliveFrame.get()); // a client too slow to drain misses it
                    }
                    after(period, this);
                } else {
                    after(period - idle, this);
                }
            }
        });
    }

    /** Pings every interval; a connection that has not answered the previous ping is closed with 4002. */
    void pings(WsConnection connection, Duration interval) {
        after(interval, new Runnable() {
            @Override
            public void run() {
                if (!connection.open()) {
                    return;
                }
                if (connection.awaitingPong()) {
                    connection.closeWith(4002, "client failed ping-pong", "websocket_failed_ping_pong");
                    return;
                }
                connection.ping();
                after(interval, this);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
        flusher.shutdownNow();
        tasks.shutdownNow();
    }
}
