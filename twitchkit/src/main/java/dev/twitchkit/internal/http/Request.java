package dev.twitchkit.internal.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the transport sends it. {@link #toString()} shows method and path only: the query,
 * headers and body may carry tokens or secrets.
 *
 * @param method {@code GET}, {@code POST}, {@code PATCH}, {@code PUT} or {@code DELETE}
 * @param uri the full address including the query
 * @param headers extra headers (Authorization, Client-Id, Content-Type)
 * @param body the body, or null for none
 */
public record Request(String method, URI uri, Map<String, String> headers, String body) {
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
    }

    /** {@code base + path + ?query}. */
    public static URI uri(URI base, String path, Query query) {
        String q = query == null || query.isEmpty() ? "" : "?" + query.encode();
        return URI.create(base.toString() + path + q);
    }

    /**
     * Method and address without the query (which may carry secrets), e.g.
     * {@code POST https://id.twitch.tv/oauth2/token}.
     */
    public String where() {
        return method + " " + address(uri);
    }

    /** {@code uri} without its query, which may carry secrets: what an error message may show of an address. */
    public static String address(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    @Override
    public String toString() {
        return method + " " + uri.getPath();
    }
}
