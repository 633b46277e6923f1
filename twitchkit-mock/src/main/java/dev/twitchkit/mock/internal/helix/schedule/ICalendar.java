package dev.twitchkit.mock.internal.helix.schedule;

import dev.twitchkit.mock.internal.world.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A schedule as the iCalendar (RFC 5545) document Twitch's feed serves: one event per segment, weekly ones with an
 * RRULE.
 */
final class ICalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String render(String broadcasterName, List<Schedules.Segment> segments, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//twitch.tv//StreamSchedule//1.0");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "NAME:" + escape(broadcasterName));
        for (Schedules.Segment s : segments) {
            ZoneId zone = ZoneId.of(s.timezone());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + s.id());
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART;TZID=/" + s.timezone() + ":" + LOCAL.format(s.start().atZone(zone)));
            line(out, "DTEND;TZID=/" + s.timezone() + ":"
                    + LOCAL.format(s.start().plus(Duration.ofMinutes(s.durationMinutes())).atZone(zone)));
            line(out, "SUMMARY:" + escape(s.title()));
            if (s.categoryId() != null) {
                String category = escape(Schedules.categoryName(s.categoryId()));
                line(out, "DESCRIPTION:" + category + ".");
                line(out, "CATEGORIES:" + category);
            }
            if (s.recurring()) {
                line(out, "RRULE:FREQ=WEEKLY");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append("\r\n");
    }

    /** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
