package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each channel's blocked terms, and the match AutoMod makes with them: a term matches a whole word of a message,
 * case-insensitively; a leading or trailing {@code *} lets it match the end or the start of a word, as Twitch's
 * wildcard does.
 */
public final class BlockedTerms {
    /** A blocked word or phrase. {@code expiresAt} is always null: only AutoMod's own blocks expire. */
    public record Term(String id, String broadcasterId, String moderatorId, String text, Instant createdAt,
                       Instant updatedAt, Instant expiresAt) {
    }

    /** What {@link #add} did: the term, and whether it is new (an existing term is returned as is). */
    public record Added(Term term, boolean created) {
    }

    private final Map<String, List<Term>> byChannel = new ConcurrentHashMap<>();

    /** Adds {@code text}, or returns the channel's existing term of the same text (any case). */
    public synchronized Added add(String broadcasterId, String moderatorId, String text, Instant now) {
        List<Term> terms = channel(broadcasterId);
        Optional<Term> existing = terms.stream().filter(t -> t.text().equalsIgnoreCase(text)).findFirst();
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        Term term = new Term(UUID.randomUUID().toString(), broadcasterId, moderatorId, text, now, now, null);
        terms.add(0, term);
        return new Added(term, true);
    }

    /** Removes a term by id; empty when the channel has no such term. */
    public synchronized Optional<Term> remove(String broadcasterId, String termId) {
        List<Term> terms = channel(broadcasterId);
        Optional<Term> term = terms.stream().filter(t -> t.id().equals(termId)).findFirst();
        term.ifPresent(terms::remove);
        return term;
    }

    /** The channel's terms, newest first (Twitch's order). */
    public synchronized List<Term> list(String broadcasterId) {
        return List.copyOf(channel(broadcasterId));
    }

    /** The first of the channel's terms that {@code message} contains. */
    public synchronized Optional<Term> firstMatch(String broadcasterId, String message) {
        String[] words = message.toLowerCase(Locale.ROOT).split("\\W+");
        return channel(broadcasterId).stream().filter(t -> matches(t.text().toLowerCase(Locale.ROOT), words))
                .findFirst();
    }

    private static boolean matches(String term, String[] words) {
        boolean anyStart = term.startsWith("*");
        boolean anyEnd = term.endsWith("*") && term.length() > 1;
        String core = term.substring(anyStart ? 1 : 0, term.length() - (anyEnd ? 1 : 0));
        if (core.isEmpty()) {
            return false;
        }
        if (core.contains(" ")) {
            return String.join(" ", words).contains(core);
        }
        for (String word : words) {
            boolean hit = anyStart && anyEnd ? word.contains(core)
                    : anyStart ? word.endsWith(core)
                    : anyEnd ? word.startsWith(core)
                    : word.equals(core);
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private List<Term> channel(String broadcasterId) {
        return byChannel.computeIfAbsent(broadcasterId, b -> new ArrayList<>());
    }
}
