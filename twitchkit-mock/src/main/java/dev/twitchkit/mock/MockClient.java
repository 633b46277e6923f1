package dev.twitchkit.mock;

/**
 * An application registered with the mock besides its default one, for tests of what Twitch ties to the client
 * that did it (a custom reward can be changed only by the client that created it), or of a public client (one
 * without a secret, as Twitch's console registers for desktop and device apps).
 *
 * @param clientId the application's client id
 * @param clientSecret the application's client secret; null for a public client
 */
public record MockClient(String clientId, String clientSecret) {
    /** Whether this is a public client: device code flow and refreshes without a secret, no app token. */
    public boolean isPublic() {
        return clientSecret == null;
    }

    @Override
    public String toString() {
        return "MockClient[clientId=" + clientId + "]";
    }
}
