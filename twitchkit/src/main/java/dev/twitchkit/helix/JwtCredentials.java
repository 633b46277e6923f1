package dev.twitchkit.helix;

/**
 * What a call to an endpoint that takes an extension-signed JWT ({@link TokenType#EXTENSION_JWT}) carries instead
 * of the {@link HelixApi}'s OAuth token. The call asks for a newly signed JWT on every attempt, so a retry after a
 * rate-limit wait never sends an expired one; a 401 is final (signing again with the same secret cannot help).
 */
public interface JwtCredentials {
    /** The extension's client id: sent as {@code Client-Id}, and the key of these calls' rate-limit bucket. */
    String clientId();

    /** A newly signed JWT for one attempt; never logged. */
    String signJwt();
}
