package dev.twitchkit.eventsub.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Remembers the message ids seen in the last {@code window} (Twitch: 10 minutes) to drop resends, which carry the
 * same id. Memory is bounded twice: ids older than the window are forgotten, and beyond {@code maxIds} the oldest
 * are forgotten first. Not thread-safe; the session machine calls it under its lock.
 *
 * <p>Why primitive arrays instead of a map: every id lives here for seconds to minutes, long enough to be copied
 * by several young collections and then die in the old generation. At tens of thousands of events a second a
 * map of 100,000 strings made the collector's pauses the largest part of the client's latency. Twitch's ids are
 * lowercase UUIDs, kept as two longs in a ring (oldest first) with an open-addressing index; any other id keeps
 * its string.
 */
public final class MessageIdWindow {
    private static final int INITIAL_CAPACITY = 64;

    private final Duration window;
    private final int maxIds;
    private final InstantSource clock;

    // The ring, oldest at head; a slot's id is (high, low), or other[slot] when it is not a lowercase UUID.
    private long[] high;
    private long[] low;
    private String[] other;
    private long[] seconds;
    private int[] nanos;
    private int head;
    private int count;
    /**
     * Open addressing, linear probing, at most half full: the id's hash in the high half, ring slot + 1 in the low
     * half, 0 for empty. The hash lets a probe skip other ids without touching the ring.
     */
    private long[] index;
    /** The two halves of the id {@link #parseUuid} accepted last. */
    private long parsedHigh;
    private long parsedLow;

    public MessageIdWindow(Duration window, int maxIds, InstantSource clock) {
        if (maxIds < 1) {
            throw new IllegalArgumentException("maxIds must be at least 1, got " + maxIds);
        }
        this.window = window;
        this.maxIds = maxIds;
        this.clock = clock;
        allocate(INITIAL_CAPACITY);
    }

    /** Records {@code messageId}; false if it was already seen within the window (a duplicate). */
    public boolean firstTime(String messageId) {
        Instant now = clock.instant();
        evict(now.minus(window));
        boolean uuid = parseUuid(messageId);
        long hi = uuid ? parsedHigh : 0;
        long lo = uuid ? parsedLow : 0;
        String text = uuid ? null : messageId;
        int hash = uuid ? hash(hi, lo) : hash(messageId);
        if (find(hash, hi, lo, text) >= 0) {
            return false;
        }
        if (count == maxIds) {
            removeOldest();
        }
        if (count == high.length) {
            allocate(high.length * 2);
        }
        int slot = (head + count) & (high.length - 1);
        high[slot] = hi;
        low[slot] = lo;
        other[slot] = text;
        seconds[slot] = now.getEpochSecond();
        nanos[slot] = now.getNano();
        count++;
        insert(slot, hash);
        return true;
    }

    /** How many ids are remembered now. */
    public int size() {
        return count;
    }

    private void evict(Instant horizon) {
        long hs = horizon.getEpochSecond();
        int hn = horizon.getNano();
        while (count > 0 && (seconds[head] < hs || seconds[head] == hs && nanos[head] < hn)) {
            removeOldest(); // insertion order is time order
        }
    }

    private void removeOldest() {
        int slot = head;
        int mask = index.length - 1;
        int i = hashAt(slot) & mask;
        while ((int) index[i] != slot + 1) {
            i = (i + 1) & mask;
        }
        deleteAt(i);
        other[slot] = null;
        head = (head + 1) & (high.length - 1);
        count--;
    }

    /** Removes index entry {@code i}, shifting later entries of its probe run back so lookups still find them. */
    private void deleteAt(int i) {
        int mask = index.length - 1;
        int hole = i;
        int j = i;
        while (true) {
            index[hole] = 0;
            while (true) {
                j = (j + 1) & mask;
                if (index[j] == 0) {
                    return;
                }
                int home = (int) (index[j] >>> 32) & mask;
                boolean staysPut = hole <= j ? hole < home && home <= j : hole < home || home <= j;
                if (!staysPut) {
                    break;
                }
            }
            index[hole] = index[j];
            hole = j;
        }
    }

    /** The index position holding this id, or -1. */
    private int find(int hash, long hi, long lo, String text) {
        int mask = index.length - 1;
        for (int i = hash & mask; index[i] != 0; i = (i + 1) & mask) {
            if ((int) (index[i] >>> 32) != hash) {
                continue;
            }
            int slot = (int) index[i] - 1;
            if (text == null ? other[slot] == null && high[slot] == hi && low[slot] == lo
                    : text.equals(other[slot])) {
                return i;
            }
        }
        return -1;
    }

    private void insert(int slot, int hash) {
        int mask = index.length - 1;
        int i = hash & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = (long) hash << 32 | (slot + 1);
    }

    /** A ring of {@code capacity} slots (a power of two) holding the current ids in order, and a new index. */
    private void allocate(int capacity) {
        long[] oldHigh = high;
        long[] oldLow = low;
        String[] oldOther = other;
        long[] oldSeconds = seconds;
        int[] oldNanos = nanos;
        high = new long[capacity];
        low = new long[capacity];
        other = new String[capacity];
        seconds = new long[capacity];
        nanos = new int[capacity];
        index = new long[capacity * 2];
        for (int n = 0; n < count; n++) {
            int from = (head + n) & (oldHigh.length - 1);
            high[n] = oldHigh[from];
            low[n] = oldLow[from];
            other[n] = oldOther[from];
            seconds[n] = oldSeconds[from];
            nanos[n] = oldNanos[from];
            insert(n, hashAt(n));
        }
        head = 0;
    }

    private int hashAt(int slot) {
        String text = other[slot];
        return text == null ? hash(high[slot], low[slot]) : hash(text);
    }

    private static int hash(long hi, long lo) {
        long h = (hi ^ Long.rotateLeft(lo, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static int hash(String text) {
        int h = text.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Whether {@code s} is {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} in lowercase hex, the only form kept as two
     * longs; if so its first and last 16 digits are left in {@link #parsedHigh} and {@link #parsedLow}. One pass.
     */
    private boolean parseUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return false;
            }
            if (i < 19) {
                hi = hi << 4 | digit;
            } else {
                lo = lo << 4 | digit;
            }
        }
        parsedHigh = hi;
        parsedLow = lo;
        return true;
    }
}
