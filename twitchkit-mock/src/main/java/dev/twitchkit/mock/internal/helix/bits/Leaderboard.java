package dev.twitchkit.mock.internal.helix.bits;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Bits;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A channel's Bits leaderboard over a period that starts, in Pacific time as at Twitch, at the day, Monday, first
 * of the month or of the year of {@code started_at}, or over all time.
 */
final class Leaderboard {
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private Leaderboard() {
    }

    /** A ranked leader. */
    record Leader(String userId, int rank, int score) {
    }

    /** The reporting window; both null for all time. */
    record Window(Instant start, Instant end) {
    }

    /** The window of {@code period} around {@code startedAt}; a 400 for an unknown period. */
    static Window window(String period, Instant startedAt) {
        if (period.equals("all")) {
            return new Window(null, null);
        }
        ZonedDateTime day = startedAt.atZone(PACIFIC).truncatedTo(ChronoUnit.DAYS);
        return switch (period) {
            case "day" -> new Window(day.toInstant(), day.plusDays(1).toInstant());
            case "week" -> {
                ZonedDateTime monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Window(monday.toInstant(), monday.plusWeeks(1).toInstant());
            }
            case "month" -> {
                ZonedDateTime first = day.withDayOfMonth(1);
                yield new Window(first.toInstant(), first.plusMonths(1).toInstant());
            }
            case "year" -> {
                ZonedDateTime first = day.withDayOfYear(1);
                yield new Window(first.toInstant(), first.plusYears(1).toInstant());
            }
            default -> throw TwitchHttpError.badRequest("The time period specified in the period query parameter "
                    + "is not valid.");
        };
    }

    /**
     * The leaders of the cheers, by total then user id; {@code count} from the top, or around {@code userId}
     * when given (empty when that user did not cheer).
     */
    static List<Leader> rank(List<Bits.Cheer> cheers, int count, String userId) {
        Map<String, Integer> totals = cheers.stream()
                .collect(Collectors.groupingBy(Bits.Cheer::userId, Collectors.summingInt(Bits.Cheer::bits)));
        List<Map.Entry<String, Integer>> sorted = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        int from = 0;
        if (userId != null) {
            int at = sorted.stream().map(Map.Entry::getKey).toList().indexOf(userId);
            if (at < 0) {
                return List.of();
            }
            from = Math.max(0, Math.min(at - count / 2, sorted.size() - count));
        }
        int start = from;
        return sorted.subList(start, Math.min(sorted.size(), start + count)).stream()
                .map(e -> new Leader(e.getKey(), sorted.indexOf(e) + 1, e.getValue())).toList();
    }
}
