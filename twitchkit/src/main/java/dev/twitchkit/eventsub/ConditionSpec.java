package dev.twitchkit.eventsub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The condition fields a subscription type takes: the ones it requires, the ones it accepts, and groups of which
 * exactly one must be given (such as {@code channel.raid}'s {@code from_broadcaster_user_id} or
 * {@code to_broadcaster_user_id}).
 *
 * @param required fields that must be present and non-blank
 * @param optional fields that may be present
 * @param oneOf groups of fields; exactly one group must be given, and a group counts as given when any of its
 *     fields is
 */
public record ConditionSpec(List<String> required, List<String> optional, List<List<String>> oneOf) {

    /** Copies the lists; rejects nulls and a field named twice. */
    public ConditionSpec {
        required = List.copyOf(Objects.requireNonNull(required, "required"));
        optional = List.copyOf(Objects.requireNonNull(optional, "optional"));
        oneOf = Objects.requireNonNull(oneOf, "oneOf").stream().map(List::copyOf).toList();
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        oneOf.forEach(all::addAll);
        if (new LinkedHashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("a condition field is named twice: " + all);
        }
    }

    /** A condition of required fields only. */
    public static ConditionSpec requiring(String... fields) {
        return new ConditionSpec(List.of(fields), List.of(), List.of());
    }

    /** This condition with {@code fields} accepted as optional. */
    public ConditionSpec withOptional(String... fields) {
        List<String> more = new ArrayList<>(optional);
        more.addAll(List.of(fields));
        return new ConditionSpec(required, more, oneOf);
    }

    /** This condition with one more group of which exactly one must be given. */
    public ConditionSpec withOneOf(List<List<String>> groups) {
        List<List<String>> more = new ArrayList<>(oneOf);
        more.addAll(groups);
        return new ConditionSpec(required, optional, more);
    }

    /** Every field this condition accepts, required first. */
    public Set<String> fields() {
        Set<String> all = new LinkedHashSet<>(required);
        oneOf.forEach(all::addAll);
        all.addAll(optional);
        return all;
    }

    /**
     * What is wrong with {@code condition}, one sentence per problem: required fields missing or blank, no side
     * or both sides of a one-of, fields this type does not know. Empty when the condition is acceptable.
     */
    public List<String> problems(Map<String, String> condition) {
        Objects.requireNonNull(condition, "condition");
        List<String> problems = new ArrayList<>();
        List<String> missing = required.stream().filter(field -> !given(condition, field)).toList();
        if (!missing.isEmpty()) {
            problems.add("missing " + String.join(", ", missing));
        }
        if (!oneOf.isEmpty()) {
            List<List<String>> givenGroups = oneOf.stream()
                    .filter(group -> group.stream().anyMatch(field -> given(condition, field)))
                    .toList();
            if (givenGroups.isEmpty()) {
                problems.add("needs one of " + describe(oneOf));
            } else if (givenGroups.size() > 1) {
                problems.add("takes only one of " + String.join(" and ",
                        givenGroups.stream().map(group -> String.join(" + ", group)).toList()) + ", not both");
            }
        }
        Set<String> known = fields();
        List<String> unknown = condition.keySet().stream().filter(field -> !known.contains(field)).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add("unknown field " + String.join(", ", unknown) + " (accepted: " + String.join(", ", known)
                    + ")");
        }
        return problems;
    }

    private static boolean given(Map<String, String> condition, String field) {
        String value = condition.get(field);
        return value != null && !value.isBlank();
    }

    private static String describe(List<List<String>> groups) {
        return String.join(" or ", groups.stream().map(group -> String.join(" + ", group)).toList());
    }
}
