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
    private final ScheduledThreadPoolExecutor executor;

    SocketTimers() {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "mock-twitch-eventsub-timers");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
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

    void soon(Runnable task) {
        try {
            executor.execute(task);
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
                        connection.send(keepaliveFrame.get());
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
    }
}
