package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Every channel's ad schedule: the next automatic mid-roll, the last ad break, the pre-roll free time earned, the
 * snoozes left. The mock has no notion of live streams, so every channel has an automatic ad
 * {@link #AUTOMATIC_INTERVAL} after its last ad break (or after the schedule is first read). A commercial started
 * through Helix may not follow another within {@link #COOLDOWN} (429 with Twitch's message), and earns 20 s of
 * pre-roll free time per second of ads (3 minutes earn an hour, as Twitch's rule of thumb). A snooze pushes the next
 * ad back {@link #SNOOZE}; the channel starts with {@link #MAX_SNOOZES} and regains one {@link #SNOOZE_REFRESH}
 * after using one.
 */
public final class Ads {
    /** Twitch's longest commercial. */
    public static final int MAX_LENGTH = 180;
    /** The wait between commercials (Twitch's {@code retry_after} of its example). */
    public static final Duration COOLDOWN = Duration.ofSeconds(480);
    /** How far a snooze pushes the next ad back. */
    public static final Duration SNOOZE = Duration.ofMinutes(5);
    /** The snoozes a channel holds at most. */
    public static final int MAX_SNOOZES = 3;
    /** How long after a snooze the channel regains one. */
    public static final Duration SNOOZE_REFRESH = Duration.ofMinutes(60);
    /** The time between automatic ad breaks. */
    public static final Duration AUTOMATIC_INTERVAL = Duration.ofMinutes(60);
    /** The length of an automatic ad break. */
    public static final int AUTOMATIC_LENGTH = 60;

    /**
     * One channel's schedule.
     *
     * @param lastAdAt null when the channel has not run an ad
     * @param snoozeRefreshAt null when the channel holds all its snoozes
     */
    public record Schedule(Instant nextAdAt, int duration, Instant lastAdAt, int prerollFreeSeconds,
                           int snoozeCount, Instant snoozeRefreshAt) {
    }

    /** What Start Commercial answers. */
    public record Commercial(int length, int retryAfterSeconds) {
    }

    private final Map<String, Schedule> schedules = new HashMap<>();

    /** The channel's schedule at {@code now}. */
    public synchronized Schedule schedule(String broadcasterId, Instant now) {
        Schedule s = schedules.computeIfAbsent(broadcasterId, b -> new Schedule(now.plus(AUTOMATIC_INTERVAL),
                AUTOMATIC_LENGTH, null, 0, MAX_SNOOZES, null));
        if (s.snoozeRefreshAt() != null && !s.snoozeRefreshAt().isAfter(now)) {
            int count = Math.min(MAX_SNOOZES, s.snoozeCount() + 1);
            s = new Schedule(s.nextAdAt(), s.duration(), s.lastAdAt(), s.prerollFreeSeconds(), count,
                    count < MAX_SNOOZES ? now.plus(SNOOZE_REFRESH) : null);
            schedules.put(broadcasterId, s);
        }
        return s;
    }

    /** Runs a commercial of {@code length} seconds (at most 180); 429 within the cooldown of the last one. */
    public synchronized Commercial start(String broadcasterId, int length, Instant now) {
        Schedule s = schedule(broadcasterId, now);
        if (s.lastAdAt() != null && s.lastAdAt().plus(COOLDOWN).isAfter(now)) {
            throw TwitchHttpError.tooManyRequests("The broadcaster may not run another commercial until the "
                    + "cooldown period expires. Retry after "
                    + Duration.between(now, s.lastAdAt().plus(COOLDOWN)).toSeconds() + " seconds");
        }
        int served = Math.min(MAX_LENGTH, length);
        schedules.put(broadcasterId, new Schedule(now.plus(AUTOMATIC_INTERVAL), s.duration(), now, served * 20,
                s.snoozeCount(), s.snoozeRefreshAt()));
        return new Commercial(served, (int) COOLDOWN.toSeconds());
    }

    /** Pushes the next ad back; 429 when no snooze is left. */
    public synchronized Schedule snooze(String broadcasterId, Instant now) {
        Schedule s = schedule(broadcasterId, now);
        if (s.snoozeCount() == 0) {
            throw TwitchHttpError.tooManyRequests("Channel has no snoozes left.");
        }
        Schedule snoozed = new Schedule(s.nextAdAt().plus(SNOOZE), s.duration(), s.lastAdAt(),
                s.prerollFreeSeconds(), s.snoozeCount() - 1,
                s.snoozeRefreshAt() == null ? now.plus(SNOOZE_REFRESH) : s.snoozeRefreshAt());
        schedules.put(broadcasterId, snoozed);
        return snoozed;
    }
}
