package dev.twitchkit.mock;

/**
 * The mock's extension ({@link MockTwitch#registerExtension}): what its backend needs to sign the JWTs of the
 * extension endpoints. The secret stays out of {@code toString}.
 *
 * @param id its id, which is also its client id (the mock's default client)
 * @param secret its shared secret, base64 encoded, as Twitch's developer console gives it
 * @param version its released version
 * @param ownerId the user who owns it (the JWT's {@code user_id})
 */
public record MockExtension(String id, String secret, String version, String ownerId) {
    @Override
    public String toString() {
        return "MockExtension[id=" + id + ", version=" + version + ", ownerId=" + ownerId + "]";
    }
}
