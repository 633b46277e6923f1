package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.world.Extensions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies the JWT an extension's backend signs for the Helix endpoints that take one instead of an OAuth token:
 * {@code Client-Id} names a known extension, the token is an HS256 JWT whose signature matches one of the
 * extension's active secrets, it has not expired ({@code exp}, on the mock's clock), its {@code role} is
 * {@code external} and its {@code user_id} the extension's owner. Anything else is Twitch's 401.
 */
public final class ExtensionJwts {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Extensions extensions;
    private final Clock clock;

    /** Verifies against the secrets of {@code extensions}, on {@code clock}. */
    public ExtensionJwts(Extensions extensions, Clock clock) {
        this.extensions = extensions;
        this.clock = clock;
    }

    /**
     * A JWT that passed every check.
     *
     * @param extension the extension that signed it
     * @param claims its payload
     * @param claimValues its payload as plain values (strings, numbers, lists, maps)
     */
    public record Verified(ExtensionState extension, JsonNode claims, Map<String, Object> claimValues) {
        /** The {@code channel_id} claim, or null. */
        public String channelId() {
            JsonNode value = claims.get("channel_id");
            return value == null || !value.isString() ? null : value.asString();
        }

        /** The {@code pubsub_perms.send} targets; empty without. */
        public List<String> pubsubSend() {
            JsonNode send = claims.path("pubsub_perms").path("send");
            List<String> out = new ArrayList<>();
            send.forEach(n -> out.add(n.asString()));
            return out;
        }
    }

    /** The verified JWT of {@code exchange}; else 401 with Twitch's wording. */
    public Verified verify(HttpExchange exchange) {
        String clientId = exchange.header("client-id").map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> TwitchHttpError.unauthorized("The Client-Id header is required."));
        String jwt = exchange.header("authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim()).filter(s -> !s.isEmpty())
                .orElseThrow(() -> TwitchHttpError.unauthorized("The Authorization header is required and must "
                        + "specify a JWT token."));
        ExtensionState extension = extensions.find(clientId)
                .orElseThrow(() -> TwitchHttpError.unauthorized("The Client-Id header must name an extension."));
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw invalid();
        }
        JsonNode header = decode(parts[0]);
        if (!"HS256".equals(header.path("alg").asString(""))) {
            throw invalid();
        }
        byte[] signature = base64(parts[2]);
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        boolean matches = extension.secrets().stream().filter(s -> s.activeAt(clock.instant()))
                .anyMatch(s -> MessageDigest.isEqual(hmac(s.bytes(), signed), signature));
        if (!matches) {
            throw invalid();
        }
        JsonNode claims = decode(parts[1]);
        JsonNode exp = claims.get("exp");
        if (exp == null || !exp.isNumber() || exp.asLong() <= clock.instant().getEpochSecond()) {
            throw TwitchHttpError.unauthorized("The JWT token is not valid: it has expired or has no exp.");
        }
        if (!"external".equals(claims.path("role").asString(""))) {
            throw TwitchHttpError.unauthorized("The JWT token is not valid: the role must be external.");
        }
        if (!extension.ownerId().equals(claims.path("user_id").asString(""))) {
            throw TwitchHttpError.unauthorized("The JWT token is not valid: user_id must be the extension's owner.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = JSON.convertValue(claims, Map.class);
        return new Verified(extension, claims, values);
    }

    private JsonNode decode(String part) {
        try {
            JsonNode node = JSON.readTree(base64(part));
            if (node == null || !node.isObject()) {
                throw invalid();
            }
            return node;
        } catch (JacksonException e) {
            throw invalid();
        }
    }

    private static byte[] base64(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static TwitchHttpError invalid() {
        return TwitchHttpError.unauthorized("The JWT token is not valid.");
    }
}
