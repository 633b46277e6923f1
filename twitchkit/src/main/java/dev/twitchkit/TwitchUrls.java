package dev.twitchkit;

import java.net.URI;
import java.util.Objects;

/**
 * Where twitchkit talks to Twitch. {@link #TWITCH} is the real service; tests and offline bots point the
 * clients at an embedded mock with {@link #of(URI, URI, URI)}.
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

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
