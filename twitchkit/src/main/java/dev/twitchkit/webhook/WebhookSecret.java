package dev.twitchkit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret Twitch signs a webhook subscription's (or shard's) callbacks with: 10 to 100 ASCII characters, as Twitch
 * requires. {@link #generate()} draws one from a {@link SecureRandom}; {@link #toString()} never shows it.
 */
public final class WebhookSecret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String value;

    private WebhookSecret(String value) {
        this.value = value;
    }

    /**
     * A secret chosen by the caller (e.g. shared by several processes behind one callback).
     *
     * @throws IllegalArgumentException when it is not 10 to 100 printable ASCII characters (the message never
     *     contains the secret)
     */
    public static WebhookSecret of(String value) {
        if (value == null || value.length() < 10 || value.length() > 100) {
            throw new IllegalArgumentException("a webhook secret must be 10 to 100 ASCII characters, got "
                    + (value == null ? "null" : value.length() + " characters"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("a webhook secret must be printable ASCII; character " + i
                        + " is not");
            }
        }
        return new WebhookSecret(value);
    }

    /** A new secret of 64 hexadecimal characters (256 random bits). */
    public static WebhookSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new WebhookSecret(HexFormat.of().formatHex(bytes));
    }

    /** The secret itself, for the subscription's transport; keep it out of logs. */
    public String value() {
        return value;
    }

    /** The secret's bytes as the HMAC key. */
    private byte[] keyBytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** Equal secrets compare equal (in constant time). */
    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret s && MessageDigest.isEqual(keyBytes(), s.keyBytes());
    }

    /** Derived from the length only, so that no hash of the secret is ever computed or stored. */
    @Override
    public int hashCode() {
        return value.length();
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "WebhookSecret[" + value.length() + " characters]";
    }
}
