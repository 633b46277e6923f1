package dev.twitchkit.helix.analytics;

import java.time.Instant;

/**
 * The days an analytics report covers (both inclusive).
 *
 * @param startedAt the first day
 * @param endedAt the last day
 */
public record ReportDateRange(Instant startedAt, Instant endedAt) {
}
