package dev.twitchkit.eventsub.internal.decode;

/**
 * Unknown event members counted while one frame is decoded, on the decoding thread. The count only reaches
 * {@link DecodeCounters} once the frame's decoding is final: when the streaming path gives a frame up to the tree
 * path, the members it already counted are counted again there, so its tally is dropped.
 */
final class UnknownFieldTally {
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private UnknownFieldTally() {
    }

    static void add() {
        COUNT.get()[0]++;
    }

    /** The count so far on this thread, reset to zero. */
    static int take() {
        int[] count = COUNT.get();
        int value = count[0];
        count[0] = 0;
        return value;
    }
}
