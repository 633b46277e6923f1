package dev.twitchkit.mock.internal.eventsub;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RFC 3339 timestamps with nine fraction digits, as Twitch writes {@code message_timestamp}
 * ({@code 2023-07-19T14:56:51.634234626Z}). On the hot path of every notification, so the
 * {@code yyyy-MM-ddTHH:mm:ss} part is cached per second instead of run through a formatter each time.
 */
public final class Timestamps {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private record Cached(long epochSecond, String prefix) {
    }

    private static volatile Cached cached = new Cached(Long.MIN_VALUE, "");

    private Timestamps() {
    }

    /** {@code instant} as {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
    public static String format(Instant instant) {
        long second = instant.getEpochSecond();
        Cached c = cached;
        if (c.epochSecond != second) {
            c = new Cached(second, SECONDS.format(LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC)));
            cached = c;
        }
        String nanos = Integer.toString(instant.getNano());
        StringBuilder sb = new StringBuilder(30).append(c.prefix).append('.');
        for (int i = nanos.length(); i < 9; i++) {
            sb.append('0');
        }
        return sb.append(nanos).append('Z').toString();
    }
}
