package dev.twitchkit.bench.loopback;

import dev.twitchkit.mock.MockTwitch;
import java.net.URI;

/**
 * Where a mock answers and the app both clients use; the same for an in-process mock and a mock in a child
 * process.
 */
public record Endpoints(URI webSocket, URI helix, URI oauth, URI control, String clientId, String clientSecret) {

    public static Endpoints of(MockTwitch twitch) {
        return new Endpoints(twitch.urls().eventSubWebSocket(), twitch.urls().helix(), twitch.urls().oauth(),
                twitch.urls().control(), twitch.clientId(), twitch.clientSecret());
    }

    @Override
    public String toString() {
        return "Endpoints[" + webSocket + ", " + helix + ", " + oauth + "]";
    }
}
