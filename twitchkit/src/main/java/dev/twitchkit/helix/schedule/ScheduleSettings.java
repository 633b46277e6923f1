package dev.twitchkit.helix.schedule;

import dev.twitchkit.internal.Checks;
import java.time.Instant;

/**
 * The schedule settings Update Channel Stream Schedule takes: a vacation ({@link #vacation}) or none
 * ({@link #noVacation}), and the broadcaster's time zone ({@link #withTimezone}).
 *
 * @param vacationEnabled whether vacation mode is on
 * @param vacationStart when the vacation starts; null without vacation
 * @param vacationEnd when it ends, after the start; null without vacation
 * @param timezone the broadcaster's IANA time zone, e.g. {@code America/New_York}; required with a vacation, else
 *     null to leave it as it is
 */
public record ScheduleSettings(boolean vacationEnabled, Instant vacationStart, Instant vacationEnd,
                               String timezone) {
    /** Checks what Twitch requires of a vacation: both times, the end after the start, a known time zone. */
    public ScheduleSettings {
        if (vacationEnabled) {
            Checks.notNull(vacationStart, "vacationStart");
            Checks.notNull(vacationEnd, "vacationEnd");
            if (!vacationEnd.isAfter(vacationStart)) {
                throw new IllegalArgumentException("vacationEnd must be after vacationStart, got " + vacationStart
                        + " to " + vacationEnd);
            }
            ScheduleApi.checkTimezone(timezone);
        } else if (vacationStart != null || vacationEnd != null) {
            throw new IllegalArgumentException("vacation times are only for a vacation");
        } else if (timezone != null) {
            ScheduleApi.checkTimezone(timezone);
        }
    }

    /** Vacation mode from {@code start} to {@code end}, in the broadcaster's IANA {@code timezone}. */
    public static ScheduleSettings vacation(Instant start, Instant end, String timezone) {
        return new ScheduleSettings(true, start, end, timezone);
    }

    /** Vacation mode off: cancels a scheduled vacation. */
    public static ScheduleSettings noVacation() {
        return new ScheduleSettings(false, null, null, null);
    }

    /** The same settings in the broadcaster's IANA {@code zone}. */
    public ScheduleSettings withTimezone(String zone) {
        return new ScheduleSettings(vacationEnabled, vacationStart, vacationEnd, zone);
    }
}
