package dev.twitchkit.auth;

/**
 * Something needs the client secret and the application has none: it was built as a public client (client id
 * only). Public clients get user tokens by the device code flow and refresh them without a secret, but Twitch
 * gives them no app access token, so conduits, webhooks, {@code ClientApp} and Helix as the application need a
 * confidential client. Thrown before any request goes to Twitch; the message says what needed the secret and
 * where to give it.
 */
public class ClientSecretRequiredException extends IllegalStateException {
    /**
     * @param what what needed the secret, e.g. "ClientApp (its app access token)"
     * @param whereToGiveIt how to give the secret, e.g. "ClientApp.builder(clientId, clientSecret)"
     */
    public ClientSecretRequiredException(String what, String whereToGiveIt) {
        super(what + " needs the client secret, and this application has none (a public client, built with the"
                + " client id only); give it to " + whereToGiveIt);
    }
}
