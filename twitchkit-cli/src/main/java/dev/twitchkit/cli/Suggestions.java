package dev.twitchkit.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The known names closest to a mistyped one, so an error can say "did you mean ...". */
final class Suggestions {
    private static final int MAX_DISTANCE = 3;

    private Suggestions() {
    }

    /** Up to {@code limit} names within a few edits of {@code typed}, or containing it, nearest first. */
    static List<String> closest(String typed, Collection<String> known, int limit) {
        return known.stream().distinct()
                .filter(name -> name.contains(typed) || distance(typed, name) <= MAX_DISTANCE)
                .sorted(Comparator.comparingInt((String name) -> distance(typed, name)).thenComparing(name -> name))
                .limit(limit).toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
