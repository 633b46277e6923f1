package dev.twitchkit.mock;

import java.net.URI;

/**
 * Where a running mock answers. All share one port.
 *
 * @param eventSubWebSocket the EventSub WebSocket, as {@code wss://eventsub.wss.twitch.tv/ws}
 * @param helix the Helix base, as {@code https://api.twitch.tv/helix} (no trailing slash)
 * @param oauth the OAuth base, as {@code https://id.twitch.tv/oauth2} (no trailing slash)
 * @param control the control API base for tools in other languages (no trailing slash)
 */
public record MockUrls(URI eventSubWebSocket, URI helix, URI oauth, URI control) {

    /**
     * The port's root ({@code http://127.0.0.1:PORT}): the one address a client needs, since the paths under it
     * are fixed ({@code /ws}, {@code /helix}, {@code /oauth2}, {@code /_mock}).
     */
    public URI base() {
        return URI.create(helix.getScheme() + "://" + helix.getRawAuthority());
    }

    static MockUrls forPort(String host, int port) {
        String http = "http://" + host + ":" + port;
        return new MockUrls(
                URI.create("ws://" + host + ":" + port + "/ws"),
                URI.create(http + "/helix"),
                URI.create(http + "/oauth2"),
                URI.create(http + "/_mock"));
    }
}
