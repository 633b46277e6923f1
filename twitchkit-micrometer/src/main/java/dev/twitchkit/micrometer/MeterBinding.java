package dev.twitchkit.micrometer;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one {@link TwitchkitMetrics} registered: its meters and the listeners to take back, so that closing it
 * leaves the registry and the client as they were before the binding.
 */
final class MeterBinding {
    private final MeterRegistry registry;
    private final Tags tags;
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();
    private final List<Runnable> undo = new ArrayList<>();
    private volatile boolean closed;

    MeterBinding(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    /** The registry the meters go to. */
    MeterRegistry registry() {
        return registry;
    }

    /** The tags every meter of the binding carries (e.g. which client). */
    Tags tags() {
        return tags;
    }

    /** Keeps {@code meter} to remove it on {@link #close()}; a meter registered after closing is removed at once. */
    <M extends Meter> M track(M meter) {
        meters.add(meter);
        if (closed) {
            remove(meter);
        }
        return meter;
    }

    /** The ids of the meters registered and not removed yet. */
    List<Meter.Id> meterIds() {
        return meters.stream().map(Meter::getId).toList();
    }

    /** Removes one meter now, e.g. the gauge of a token that was removed. */
    void remove(Meter meter) {
        meters.remove(meter);
        registry.remove(meter);
    }

    /** Runs {@code action} on {@link #close()}: takes a listener or handler back from the client. */
    synchronized void onClose(Runnable action) {
        undo.add(action);
    }

    /** Takes back every listener, then removes every meter. A second call does nothing. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        undo.forEach(Runnable::run);
        undo.clear();
        List.copyOf(meters).forEach(this::remove);
    }
}
