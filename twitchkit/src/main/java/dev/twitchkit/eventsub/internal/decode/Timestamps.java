package dev.twitchkit.eventsub.internal.decode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * RFC 3339 timestamps as Twitch writes them ({@code 2023-07-19T14:56:51.634234626Z}). Every frame carries one, so
 * the common UTC form is parsed by hand; anything else (an offset, an odd width) takes the JDK's parser.
 */
final class Timestamps {
    private Timestamps() {
    }

    /** The instant, or null when {@code text} is not a timestamp. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant fast = parseUtc(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * Only Twitch's form, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time; null for any other
     * text, so a caller can hand that to a general parser.
     */
    static Instant parseCanonicalUtc(String text) {
        return text == null ? null : parseUtc(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}; null for any other shape. */
    private static Instant parseUtc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 < 1 || n - 21 > 9) {
                return null;
            }
            int fraction = digits(s, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 21; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException e) { // e.g. February 30
            return null;
        }
    }

    /** The decimal number in {@code s[from, to)}; -1 if a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
