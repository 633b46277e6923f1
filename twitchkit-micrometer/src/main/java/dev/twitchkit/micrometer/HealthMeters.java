package dev.twitchkit.micrometer;

import dev.twitchkit.EventSubClient;
import dev.twitchkit.eventsub.Health;
import io.micrometer.core.instrument.Gauge;
import java.util.Locale;

/**
 * The client's {@link EventSubClient#health()} for readiness dashboards and alerts: one gauge per status, 1 for the
 * current one and 0 for the others, read at each scrape. The reasons stay out of the tags (they are free text, so
 * their number is not bounded); {@code health().reasons()} has them.
 */
final class HealthMeters {
    static final String HEALTH = "twitchkit.health";

    private HealthMeters() {
    }

    static void bind(EventSubClient client, MeterBinding binding) {
        for (Health.Status status : Health.Status.values()) {
            binding.track(Gauge.builder(HEALTH, client, c -> c.health().status() == status ? 1 : 0)
                    .description("1 when the client's health is this status (ready, degraded, down), else 0")
                    .tags(binding.tags()).tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(binding.registry()));
        }
    }
}
