package dev.twitchkit.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable set of scope strings as Twitch granted them. Known scopes are also available as {@link Scope}
 * constants; unknown ones are kept verbatim so a token round-trips through a store and a refresh unchanged.
 */
public final class ScopeSet {
    private static final ScopeSet EMPTY = new ScopeSet(Set.of());

    private final Set<String> values;

    private ScopeSet(Set<String> values) {
        this.values = values;
    }

    /** No scopes. */
    public static ScopeSet empty() {
        return EMPTY;
    }

    /** From Twitch's strings; blank entries are ignored, order is kept. */
    public static ScopeSet ofStrings(Collection<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            return EMPTY;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : scopes) {
            if (s != null && !s.isBlank()) {
                out.add(s.trim());
            }
        }
        return new ScopeSet(Collections.unmodifiableSet(out));
    }

    /** These scopes. */
    public static ScopeSet of(Scope... scopes) {
        return ofStrings(Arrays.stream(scopes).map(Scope::value).toList());
    }

    /** These scopes. */
    public static ScopeSet of(Collection<Scope> scopes) {
        return ofStrings(scopes.stream().map(Scope::value).toList());
    }

    /** From a space-separated list, the form of the {@code scope} parameter. */
    public static ScopeSet parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return EMPTY;
        }
        return ofStrings(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }

    /** Whether the set holds {@code scope}. */
    public boolean contains(Scope scope) {
        return values.contains(scope.value());
    }

    /** Whether the set holds the scope spelled {@code scope}, known to this library or not. */
    public boolean contains(String scope) {
        return values.contains(scope);
    }

    /** Whether the set holds every scope of {@code other}. */
    public boolean containsAll(ScopeSet other) {
        return values.containsAll(other.values);
    }

    /** Every scope string, known or not. */
    public Set<String> values() {
        return values;
    }

    /** The scopes this version knows as constants. */
    public Set<Scope> known() {
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        values.forEach(v -> Scope.of(v).ifPresent(out::add));
        return out;
    }

    /** The scope strings this version does not know. */
    public Set<String> unknown() {
        return values.stream().filter(v -> Scope.of(v).isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the set holds no scope. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The space-separated form Twitch's OAuth endpoints take. */
    public String toParameter() {
        return String.join(" ", values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopeSet other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
