package dev.twitchkit.mock;

/**
 * An application registered with the mock besides its default one, for tests of what Twitch ties to the client
 * that did it (a custom reward can be changed only by the client that created it).
 *
 * @param clientId the application's client id
 * @param clientSecret the application's client secret
 */
public record MockClient(String clientId, String clientSecret) {
    @Override
    public String toString() {
        return "MockClient[clientId=" + clientId + "]";
    }
}
