package dev.twitchkit.helix.extensions;

import dev.twitchkit.helix.JwtCredentials;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An extension's credentials for the endpoints that take a JWT signed with its secret instead of an OAuth token:
 * its client id, its shared secret (base64, as the developer console and Get Extension Secrets give it) and the
 * user id of its owner. Each call gets a JWT of Twitch's schema (HS256; {@code exp}, {@code user_id} = the owner,
 * {@code role} = {@code external}, plus {@code channel_id} and {@code pubsub_perms} where the endpoint needs them),
 * signed with the JDK's HMAC-SHA256 and valid for {@link #ttl()}. The secret never appears in {@code toString}.
 */
public final class ExtensionCredentials {
    /** How long a JWT is valid by default: long enough for a call and its retries, short if it leaks. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(3);
    private static final String HEADER = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final String clientId;
    private final byte[] secret;
    private final String ownerId;
    private final Duration ttl;
    private final InstantSource clock;

    private ExtensionCredentials(String clientId, byte[] secret, String ownerId, Duration ttl, InstantSource clock) {
        this.clientId = clientId;
        this.secret = secret;
        this.ownerId = ownerId;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * @param clientId the extension's client id (its extension id)
     * @param base64Secret the shared secret, base64 encoded
     * @param ownerId the user id of the extension's owner, the JWT's {@code user_id}
     * @throws IllegalArgumentException when the secret is not base64 or empty
     */
    public static ExtensionCredentials of(String clientId, String base64Secret, String ownerId) {
        Checks.notBlank(clientId, "clientId");
        Checks.notBlank(base64Secret, "base64Secret");
        Checks.notBlank(ownerId, "ownerId");
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64Secret.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the extension secret must be base64 encoded");
        }
        if (secret.length == 0) {
            throw new IllegalArgumentException("the extension secret is empty");
        }
        return new ExtensionCredentials(clientId, secret, ownerId, DEFAULT_TTL, InstantSource.system());
    }

    /** The same credentials signing JWTs valid for {@code ttl}. */
    public ExtensionCredentials withTtl(Duration ttl) {
        return new ExtensionCredentials(clientId, secret, ownerId, Checks.positive(ttl, "ttl"), clock);
    }

    /** The same credentials reading {@code exp} from {@code clock} (tests; a clock that disagrees with Twitch's). */
    public ExtensionCredentials withClock(InstantSource clock) {
        return new ExtensionCredentials(clientId, secret, ownerId, ttl, Checks.notNull(clock, "clock"));
    }

    /** The extension's client id. */
    public String clientId() {
        return clientId;
    }

    /** The owner's user id, sent as {@code user_id}. */
    public String ownerId() {
        return ownerId;
    }

    /** How long each JWT is valid. */
    public Duration ttl() {
        return ttl;
    }

    /**
     * Signs a JWT with role {@code external}.
     *
     * @param channelId the {@code channel_id} claim, or null to leave it out
     * @param pubsubSend the {@code pubsub_perms.send} targets, or null to leave {@code pubsub_perms} out
     */
    public String sign(String channelId, List<String> pubsubSend) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("exp", clock.instant().plus(ttl).getEpochSecond());
        claims.put("user_id", ownerId);
        claims.put("role", "external");
        if (channelId != null) {
            claims.put("channel_id", channelId);
        }
        if (pubsubSend != null) {
            claims.put("pubsub_perms", Map.of("send", List.copyOf(pubsubSend)));
        }
        String unsigned = HEADER + "." + base64Url(Json.mapper().writeValueAsBytes(claims));
        return unsigned + "." + base64Url(hmac(unsigned.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A signer of JWTs with these claims, for one call. */
    JwtCredentials jwt(String channelId, List<String> pubsubSend) {
        return new JwtCredentials() {
            @Override
            public String clientId() {
                return clientId;
            }

            @Override
            public String signJwt() {
                return sign(channelId, pubsubSend);
            }
        };
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "ExtensionCredentials[clientId=" + clientId + ", ownerId=" + ownerId + "]";
    }
}
