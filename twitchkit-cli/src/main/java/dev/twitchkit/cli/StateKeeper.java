package dev.twitchkit.cli;

import dev.twitchkit.mock.MockState;
import dev.twitchkit.mock.MockTwitch;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a running mock's {@link MockState} to its {@code --state} file when it changed, every few seconds and once
 * more when closed, so a mock killed without warning loses at most the last few seconds of tokens.
 */
final class StateKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StateKeeper.class);

    private final MockTwitch twitch;
    private final Path file;
    private final ScheduledExecutorService timer;
    private MockState written;

    private StateKeeper(MockTwitch twitch, Path file, MockState written) {
        this.twitch = twitch;
        this.file = file;
        this.written = written;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mock-state");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Saves now (so the file exists from the start) and then every {@code period} while something changed. */
    static StateKeeper start(MockTwitch twitch, Path file, Duration period) {
        StateKeeper keeper = new StateKeeper(twitch, file, null);
        keeper.save();
        keeper.timer.scheduleWithFixedDelay(keeper::saveQuietly, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return keeper;
    }

    /** Writes the mock's state unless it is what the file already holds. */
    synchronized void save() {
        MockState now = twitch.exportState();
        if (!now.equals(written)) {
            now.write(file);
            written = now;
        }
    }

    /** A save that fails is logged and tried again next period: the timer must not stop on the first failure. */
    private void saveQuietly() {
        try {
            save();
        } catch (UncheckedIOException e) {
            LOG.warn("{}: {}", e.getMessage(), e.getCause().getMessage());
        } catch (RuntimeException e) {
            LOG.warn("cannot take the mock's state for {}: {}", file, e.toString());
        }
    }

    /** Stops the timer and writes the last state. */
    @Override
    public void close() {
        timer.shutdownNow();
        save();
    }
}
