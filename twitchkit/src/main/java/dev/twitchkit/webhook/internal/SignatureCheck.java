package dev.twitchkit.webhook.internal;

import dev.twitchkit.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twitch's webhook signature: {@code sha256=} and the hex HMAC-SHA256 of message id, timestamp and raw body with the
 * secret. Holds the secrets accepted now: the current one and, during a rotation, the previous one, since Twitch
 * signs each subscription with the secret it was created with.
 */
public final class SignatureCheck {
    private static final String PREFIX = "sha256=";
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    });

    /** The accepted keys, current first; replaced whole, never changed in place. */
    private volatile List<Key> keys;

    private record Key(WebhookSecret secret, SecretKeySpec spec) {
        Key(WebhookSecret secret) {
            this(secret, new SecretKeySpec(secret.value().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        }
    }

    /** Accepts {@code secret} alone. */
    public SignatureCheck(WebhookSecret secret) {
        this.keys = List.of(new Key(secret));
    }

    /** The secret new subscriptions are created with. */
    public WebhookSecret current() {
        return keys.get(0).secret();
    }

    /** Makes {@code next} current; the secret current until now stays accepted until {@link #dropPrevious()}. */
    public synchronized void rotate(WebhookSecret next) {
        keys = List.of(new Key(next), keys.get(0));
    }

    /** Accepts the current secret alone (the rotation is over: no subscription uses the old one any more). */
    public synchronized void dropPrevious() {
        keys = List.of(keys.get(0));
    }

    /** Whether {@code signatureHeader} signs the message with an accepted secret; compared in constant time. */
    public boolean verify(String signatureHeader, byte[] messageId, byte[] timestamp, byte[] body, int bodyLength) {
        byte[] given = decode(signatureHeader);
        if (given == null) {
            return false;
        }
        boolean match = false;
        for (Key key : keys) {
            // Every key is tried, matched or not: the time taken does not tell which secret matched.
            match |= MessageDigest.isEqual(given, sign(key.spec(), messageId, timestamp, body, bodyLength));
        }
        return match;
    }

    /** The header value Twitch would send for this message and secret. */
    public static String signature(WebhookSecret secret, String messageId, String timestamp, byte[] body) {
        byte[] mac = sign(new Key(secret).spec(), messageId.getBytes(StandardCharsets.UTF_8),
                timestamp.getBytes(StandardCharsets.UTF_8), body, body.length);
        return PREFIX + HexFormat.of().formatHex(mac);
    }

    private static byte[] sign(SecretKeySpec key, byte[] messageId, byte[] timestamp, byte[] body, int bodyLength) {
        Mac mac = MACS.get();
        try {
            mac.init(key);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC key was refused", e);
        }
        mac.update(messageId);
        mac.update(timestamp);
        mac.update(body, 0, bodyLength);
        return mac.doFinal();
    }

    /** The signature's bytes; null when the header is not {@code sha256=} and 64 hex digits. */
    private static byte[] decode(String header) {
        if (header == null || header.length() != PREFIX.length() + 64 || !header.startsWith(PREFIX)) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(header, PREFIX.length(), header.length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
