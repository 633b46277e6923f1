package dev.twitchkit.helix.extensions;

import java.time.Instant;

/**
 * One shared secret of an extension, with the window in which it signs and verifies JWTs. Its content stays out
 * of {@code toString}.
 *
 * @param content the secret, base64 encoded (what {@link ExtensionCredentials#of} takes)
 * @param activeAt when it may start signing
 * @param expiresAt when it stops verifying
 */
public record ExtensionSecret(String content, Instant activeAt, Instant expiresAt) {
    @Override
    public String toString() {
        return "ExtensionSecret[activeAt=" + activeAt + ", expiresAt=" + expiresAt + "]";
    }
}
