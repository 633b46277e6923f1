package dev.twitchkit.auth;

import java.time.Instant;

/**
 * How fresh a token is (the seed's {@code tokens_validity}).
 *
 * @param lastValidated when {@code /validate} last accepted it; null when never
 * @param expiresAt when it expires; null when unknown
 */
public record TokenValidity(Instant lastValidated, Instant expiresAt) {
}
