package dev.twitchkit.helix;

import dev.twitchkit.internal.http.Query;
import java.util.Collection;

/**
 * The query parameters of one Helix call, in order. Names may repeat ({@code id=1&id=2}), as Helix takes lists;
 * a null value is left out, so optional filters need no special casing. {@link #toString()} names the parameters
 * only.
 */
public final class HelixQuery {
    private final Query query = Query.create();

    private HelixQuery() {
    }

    /** An empty query. */
    public static HelixQuery create() {
        return new HelixQuery();
    }

    /** Adds {@code name=value} unless {@code value} is null. */
    public HelixQuery add(String name, Object value) {
        query.add(name, value);
        return this;
    }

    /** Adds one {@code name=value} per element, in order; a null collection adds nothing. */
    public HelixQuery addAll(String name, Collection<?> values) {
        query.addAll(name, values);
        return this;
    }

    /** A copy, so a base query can be extended per page or per chunk. */
    public HelixQuery copy() {
        HelixQuery copy = new HelixQuery();
        query.pairs().forEach(p -> copy.query.add(p.getKey(), p.getValue()));
        return copy;
    }

    Query toQuery() {
        return query;
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
