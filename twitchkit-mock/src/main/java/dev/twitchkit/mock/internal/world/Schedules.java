package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every channel's streaming schedule: its segments (one-time, or weekly at the same local time in their time zone,
 * each occurrence cancelable), a vacation, the broadcaster's time zone. Listings are of occurrences: a recurring
 * segment shows once a week up to {@value #HORIZON_WEEKS} weeks ahead, each occurrence with an id of its own that the
 * segment endpoints take. Twitch raises no EventSub notification for schedule changes.
 */
public final class Schedules {
    /** How far ahead the occurrences of a recurring segment are listed. */
    public static final int HORIZON_WEEKS = 52;
    // A few of Twitch's category ids with their names; others are named after their id.
    /** A segment as scheduled; {@code canceledStarts} the starts of its canceled occurrences. */
    public record Segment(String id, Instant start, String timezone, int durationMinutes, boolean recurring,
                          String categoryId, String title, Set<Instant> canceledStarts) {
        public Segment {
            canceledStarts = Set.copyOf(canceledStarts);
        }
    }

    /** One occurrence of a segment, as Helix lists it. */
    public record Occurrence(String id, Segment segment, Instant start, Instant end) {
        /** Whether the broadcaster canceled this occurrence. */
        public boolean canceled() {
            return segment.canceledStarts().contains(start);
        }
    }

    /** A vacation. */
    public record Vacation(Instant start, Instant end) {
    }

    /**
     * The changes of Update Channel Stream Schedule Segment; null members stay.
     *
     * @param canceled true cancels (for a recurring segment: its next occurrence), false restores the occurrence
     */
    public record SegmentChange(Instant start, Integer durationMinutes, String categoryId, String title,
                                Boolean canceled, String timezone) {
    }

    private static final class Schedule {
        final Map<String, Segment> segments = new LinkedHashMap<>();
        Vacation vacation;
        String timezone;
    }

    private final Map<String, Schedule> byBroadcaster = new HashMap<>();

    /** Adds a segment; its first occurrence. */
    public synchronized Occurrence create(String broadcasterId, Instant start, String timezone, int durationMinutes,
                                          boolean recurring, String categoryId, String title) {
        Schedule schedule = byBroadcaster.computeIfAbsent(broadcasterId, b -> new Schedule());
        Segment segment = new Segment(UUID.randomUUID().toString(), start, timezone, durationMinutes, recurring,
                categoryId, title == null ? "" : title, Set.of());
        schedule.segments.put(segment.id(), segment);
        if (schedule.timezone == null) {
            schedule.timezone = timezone;
        }
        return occurrence(segment, start);
    }

    /** Changes the segment of an occurrence; the occurrence as it now is. 404 for an unknown occurrence. */
    public synchronized Occurrence update(String broadcasterId, String occurrenceId, SegmentChange change,
                                          Instant now) {
        Occurrence occurrence = find(broadcasterId, occurrenceId);
        Segment s = occurrence.segment();
        if (change.start() != null && s.recurring()) {
            throw TwitchHttpError.badRequest("The start time can only be updated on non-recurring segments.");
        }
        Instant start = change.start() != null ? change.start() : s.start();
        Set<Instant> canceled = new HashSet<>(s.canceledStarts());
        Instant occurrenceStart = change.start() != null ? change.start() : occurrence.start();
        if (Boolean.TRUE.equals(change.canceled())) {
            // Twitch cancels a recurring segment's next occurrence after now, whichever occurrence was named.
            canceled.add(s.recurring() ? nextStart(s, now) : occurrenceStart);
        } else if (Boolean.FALSE.equals(change.canceled())) {
            canceled.remove(occurrenceStart);
        }
        if (change.start() != null) {
            canceled.remove(s.start());
        }
        Segment updated = new Segment(s.id(), start, orElse(change.timezone(), s.timezone()),
                orElse(change.durationMinutes(), s.durationMinutes()), s.recurring(),
                orElse(change.categoryId(), s.categoryId()), orElse(change.title(), s.title()), canceled);
        byBroadcaster.get(broadcasterId).segments.put(updated.id(), updated);
        return occurrence(updated, occurrenceStart);
    }

    /** Removes the segment of an occurrence (every occurrence of a recurring one). 404 for an unknown one. */
    public synchronized void delete(String broadcasterId, String occurrenceId) {
        Occurrence occurrence = find(broadcasterId, occurrenceId);
        byBroadcaster.get(broadcasterId).segments.remove(occurrence.segment().id());
    }

    /** Whether the broadcaster has a schedule (ever added a segment). */
    public synchronized boolean exists(String broadcasterId) {
        return byBroadcaster.containsKey(broadcasterId);
    }

    /** The occurrences that have not ended by {@code from}, in start order, up to the horizon. */
    public synchronized List<Occurrence> occurrences(String broadcasterId, Instant from) {
        Schedule schedule = byBroadcaster.get(broadcasterId);
        if (schedule == null) {
            return List.of();
        }
        List<Occurrence> out = new ArrayList<>();
        Instant horizon = from.plus(Duration.ofDays(7L * HORIZON_WEEKS));
        for (Segment s : schedule.segments.values()) {
            if (!s.recurring()) {
                Occurrence only = occurrence(s, s.start());
                if (only.end().isAfter(from)) {
                    out.add(only);
                }
                continue;
            }
            ZonedDateTime first = s.start().atZone(ZoneId.of(s.timezone()));
            long skip = Math.max(0, ChronoUnit.WEEKS.between(first, from.atZone(first.getZone())) - 1);
            for (ZonedDateTime at = first.plusWeeks(skip); !at.toInstant().isAfter(horizon); at = at.plusWeeks(1)) {
                Occurrence o = occurrence(s, at.toInstant());
                if (o.end().isAfter(from)) {
                    out.add(o);
                }
            }
        }
        out.sort(Comparator.comparing(Occurrence::start));
        return out;
    }

    /** The occurrences with these ids, in the order asked, each once; unknown ids left out. */
    public synchronized List<Occurrence> byIds(String broadcasterId, List<String> occurrenceIds) {
        List<Occurrence> out = new ArrayList<>();
        for (String id : occurrenceIds.stream().distinct().toList()) {
            try {
                out.add(find(broadcasterId, id));
            } catch (TwitchHttpError unknown) {
                // Twitch leaves unknown ids out of a lookup.
            }
        }
        return out;
    }

    /** Every segment as scheduled (for the iCalendar feed). */
    public synchronized List<Segment> segments(String broadcasterId) {
        Schedule schedule = byBroadcaster.get(broadcasterId);
        return schedule == null ? List.of() : List.copyOf(schedule.segments.values());
    }

    /** Sets or clears the vacation and the time zone; 404 when the broadcaster has no schedule. */
    public synchronized void settings(String broadcasterId, Optional<Vacation> vacation, String timezone) {
        Schedule schedule = byBroadcaster.get(broadcasterId);
        if (schedule == null) {
            throw TwitchHttpError.notFound("The broadcaster's schedule was not found.");
        }
        vacation.ifPresentOrElse(v -> schedule.vacation = v, () -> schedule.vacation = null);
        if (timezone != null) {
            schedule.timezone = timezone;
        }
    }

    /** The broadcaster's vacation, if any. */
    public synchronized Optional<Vacation> vacation(String broadcasterId) {
        Schedule schedule = byBroadcaster.get(broadcasterId);
        return schedule == null ? Optional.empty() : Optional.ofNullable(schedule.vacation);
    }

    /** A category's name (Twitch's for the few the mock knows, else one made of its id). */
    public static String categoryName(String categoryId) {
        return Games.nameOf(categoryId).orElse("Category " + categoryId);
    }

    private Occurrence find(String broadcasterId, String occurrenceId) {
        String[] parts = decode(occurrenceId);
        Schedule schedule = byBroadcaster.get(broadcasterId);
        Segment segment = parts == null || schedule == null ? null : schedule.segments.get(parts[0]);
        if (segment == null) {
            throw TwitchHttpError.notFound("The specified broadcast segment was not found.");
        }
        // A one-time segment's id stays valid after its start moved: it names the segment.
        return occurrence(segment, segment.recurring() ? Instant.ofEpochSecond(Long.parseLong(parts[1]))
                : segment.start());
    }

    private static Instant nextStart(Segment s, Instant now) {
        ZonedDateTime at = s.start().atZone(ZoneId.of(s.timezone()));
        while (!at.toInstant().isAfter(now)) {
            at = at.plusWeeks(1);
        }
        return at.toInstant();
    }

    private static Occurrence occurrence(Segment s, Instant start) {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString((s.id() + "/" + start.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        return new Occurrence(id, s, start, start.plus(Duration.ofMinutes(s.durationMinutes())));
    }

    private static String[] decode(String occurrenceId) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(occurrenceId), StandardCharsets.UTF_8);
            String[] parts = raw.split("/", 2);
            if (parts.length != 2) {
                return null;
            }
            Long.parseLong(parts[1]);
            return parts;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
