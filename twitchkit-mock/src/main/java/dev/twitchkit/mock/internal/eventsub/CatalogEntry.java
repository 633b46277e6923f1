package dev.twitchkit.mock.internal.eventsub;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One (type, version) of {@code fixtures/eventsub/types.json}: which condition fields it takes, which
 * scopes and token it needs, and over which transports it is delivered.
 *
 * @param scopes groups of scopes; every group is needed, any one scope of a group satisfies it
 * @param authorizedUserField the condition field whose user must have authorized the client, or null
 */
public record CatalogEntry(String type, String version, String status, List<String> required,
                           List<String> optional, List<List<String>> oneOf, List<List<String>> scopes,
                           Set<String> transports, boolean appToken, boolean batched,
                           String authorizedUserField) {

    public CatalogEntry {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        oneOf = oneOf.stream().map(List::copyOf).toList();
        scopes = scopes.stream().map(List::copyOf).toList();
        transports = Set.copyOf(transports);
    }

    /** Every field a condition of this type may hold. */
    public Set<String> conditionFields() {
        Set<String> all = new LinkedHashSet<>(required);
        oneOf.forEach(all::addAll);
        all.addAll(optional);
        return all;
    }

    /** Whether Twitch still accepts new subscriptions of this entry. */
    public boolean removed() {
        return "removed".equals(status);
    }

    /**
     * Checks a condition against this entry: every required field, exactly one group of a one-of, no
     * unknown field, no empty value. A 400 with Twitch-like wording otherwise.
     */
    public void checkCondition(Map<String, String> condition) {
        Set<String> allowed = conditionFields();
        for (String key : condition.keySet()) {
            if (!allowed.contains(key)) {
                throw TwitchHttpError.badRequest("invalid condition: unknown field " + key + " for " + type
                        + " version " + version);
            }
            if (condition.get(key).isBlank()) {
                throw TwitchHttpError.badRequest("invalid condition: " + key + " must not be empty");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : required) {
            if (!condition.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw TwitchHttpError.badRequest("invalid condition: missing " + String.join(", ", missing)
                    + " for " + type + " version " + version);
        }
        if (!oneOf.isEmpty()) {
            long present = oneOf.stream().filter(g -> g.stream().anyMatch(condition::containsKey)).count();
            boolean complete = oneOf.stream().anyMatch(g -> condition.keySet().containsAll(g));
            if (present != 1 || !complete) {
                throw TwitchHttpError.badRequest("invalid condition: exactly one of " + oneOf + " is required for "
                        + type + " version " + version);
            }
        }
    }

    /** Whether a token with these scopes satisfies every scope group. */
    public boolean scopesSatisfiedBy(Set<String> granted) {
        return scopes.stream().allMatch(group -> group.isEmpty() || group.stream().anyMatch(granted::contains));
    }
}
