package dev.twitchkit;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where twitchkit talks to Twitch. {@link #TWITCH} is the real service; tests and offline bots point the
 * clients at an embedded mock with {@link #forMock(URI)}, or at any Twitch-compatible server with
 * {@link #of(URI, URI, URI)}.
 *
 * @param eventSubWebSocket the EventSub WebSocket ({@code wss://eventsub.wss.twitch.tv/ws})
 * @param helix the Helix base without trailing slash ({@code https://api.twitch.tv/helix})
 * @param oauth the OAuth base without trailing slash ({@code https://id.twitch.tv/oauth2})
 */
public record TwitchUrls(URI eventSubWebSocket, URI helix, URI oauth) {
    /** The real Twitch. */
    public static final TwitchUrls TWITCH = new TwitchUrls(
            URI.create("wss://eventsub.wss.twitch.tv/ws"),
            URI.create("https://api.twitch.tv/helix"),
            URI.create("https://id.twitch.tv/oauth2"));

    /** Checks that every address is given. */
    public TwitchUrls {
        Objects.requireNonNull(eventSubWebSocket, "eventSubWebSocket");
        Objects.requireNonNull(helix, "helix");
        Objects.requireNonNull(oauth, "oauth");
        helix = withoutTrailingSlash(helix);
        oauth = withoutTrailingSlash(oauth);
    }

    /** Addresses of a Twitch-compatible server (the mock, a proxy): EventSub WebSocket, Helix base and OAuth base. */
    public static TwitchUrls of(URI eventSubWebSocket, URI helix, URI oauth) {
        return new TwitchUrls(eventSubWebSocket, helix, oauth);
    }

    /**
     * The addresses of a twitchkit-mock from its base URL ({@code MockUrls.base()}, {@code http://127.0.0.1:PORT}),
     * so a test needs one call: the mock serves EventSub at {@code /ws}, Helix at {@code /helix} and OAuth at
     * {@code /oauth2} on one port. An {@code https} base gives {@code wss} for the WebSocket.
     *
     * @throws IllegalArgumentException when the base is not an {@code http}/{@code https} URL with a host, or has a
     *     path, query or fragment
     */
    public static TwitchUrls forMock(URI base) {
        Objects.requireNonNull(base, "base");
        String scheme = base.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("the mock's base URL must be http or https, e.g. "
                    + "http://127.0.0.1:8080, not " + base);
        }
        String path = base.getRawPath();
        if (base.getHost() == null || (path != null && !path.isEmpty() && !path.equals("/"))
                || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("the mock's base URL is a host and port only, e.g. "
                    + "http://127.0.0.1:8080, not " + base);
        }
        String authority = base.getRawAuthority();
        String http = scheme.toLowerCase(Locale.ROOT) + "://" + authority;
        String ws = (http.startsWith("https") ? "wss" : "ws") + "://" + authority;
        return new TwitchUrls(URI.create(ws + "/ws"), URI.create(http + "/helix"), URI.create(http + "/oauth2"));
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
