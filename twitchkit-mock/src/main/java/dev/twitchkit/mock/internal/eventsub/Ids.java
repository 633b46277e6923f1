package dev.twitchkit.mock.internal.eventsub;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh identifiers in Twitch's shapes. Uses {@link ThreadLocalRandom}: these ids only need to be unique
 * within a test run, and {@code UUID.randomUUID()} (SecureRandom) is too slow for the notification hot path.
 */
public final class Ids {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Ids() {
    }

    /** A random version-4 UUID string, as Twitch's message and subscription ids. */
    public static String uuid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = r.nextLong();
        long lo = r.nextLong();
        hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
        lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
        char[] out = new char[36];
        int p = 0;
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                out[p++] = '-';
            }
            long word = i < 16 ? hi : lo;
            int shift = 60 - 4 * (i % 16);
            out[p++] = HEX[(int) ((word >>> shift) & 0xf)];
        }
        return new String(out);
    }

    /** A random number with {@code length} digits and no leading zero, as Twitch's user ids. */
    public static String digits(int length) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] out = new char[Math.max(1, length)];
        out[0] = (char) ('1' + r.nextInt(9));
        for (int i = 1; i < out.length; i++) {
            out[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(out);
    }

    /** A random lowercase alphanumeric string. */
    public static String alnum(int length) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] out = new char[Math.max(1, length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALNUM[r.nextInt(ALNUM.length)];
        }
        return new String(out);
    }
}
