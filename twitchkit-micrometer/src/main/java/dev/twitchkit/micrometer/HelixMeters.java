package dev.twitchkit.micrometer;

import dev.twitchkit.App;
import dev.twitchkit.helix.HelixListener;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code twitchkit.helix.calls}: a timer per endpoint and status, fed by the application's {@link HelixListener}.
 * One sample per call, its retries and waits included; status 0 is a call that got no answer.
 */
final class HelixMeters implements HelixListener {
    static final String CALLS = "twitchkit.helix.calls";

    private final MeterBinding binding;
    /** The timers by route and status, so a call costs a map lookup rather than a registration. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    private HelixMeters(MeterBinding binding) {
        this.binding = binding;
    }

    /** Listens to {@code app}'s Helix calls until the binding closes. */
    static void bind(App app, MeterBinding binding) {
        HelixMeters meters = new HelixMeters(binding);
        app.helix().addListener(meters);
        binding.onClose(() -> app.helix().removeListener(meters));
    }

    @Override
    public void onCall(String route, int status, Duration duration) {
        timers.computeIfAbsent(status + " " + route, key -> binding.track(Timer.builder(CALLS)
                .description("Helix calls by endpoint and final HTTP status (0: no answer), retries included")
                .tags(binding.tags())
                .tag("endpoint", route)
                .tag("status", Integer.toString(status))
                .register(binding.registry()))).record(duration);
    }
}
