package dev.twitchkit.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Ordered name/value pairs encoded as {@code a=1&b=2}: a URL query or a form body. Names may repeat
 * ({@code id=1&id=2}), as Helix wants for lists; null values are left out, so optional filters need no
 * special casing at the call site.
 */
public final class Query {
    private final List<Map.Entry<String, String>> pairs = new ArrayList<>();

    public static Query create() {
        return new Query();
    }

    /** Adds {@code name=value} unless {@code value} is null. */
    public Query add(String name, Object value) {
        if (value != null) {
            pairs.add(Map.entry(name, String.valueOf(value)));
        }
        return this;
    }

    /** Adds one {@code name=value} per element, in order. */
    public Query addAll(String name, Collection<?> values) {
        if (values != null) {
            values.forEach(v -> add(name, v));
        }
        return this;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    /** The pairs in order, names and values not encoded. */
    public List<Map.Entry<String, String>> pairs() {
        return List.copyOf(pairs);
    }

    /** The URL-encoded form, without a leading {@code ?}. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8).replace("+", "%20"))
                    .append('=')
                    .append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /** The names only, safe to log: values may be tokens or secrets. */
    @Override
    public String toString() {
        return "Query" + pairs.stream().map(Map.Entry::getKey).toList();
    }
}
