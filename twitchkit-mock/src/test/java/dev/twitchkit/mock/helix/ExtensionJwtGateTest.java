package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate of the routes that take an extension-signed JWT: only an HS256 JWT signed with one of the extension's
 * active secrets, not expired, with role external and the owner's user_id passes; everything else is Twitch's 401 and nothing is recorded.
 */
class ExtensionJwtGateTest {
    static final TestHttp HTTP = new TestHttp();
    static MockTwitch twitch;
    static MockUser owner;
    static MockExtension extension;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        owner = twitch.createUser("owner");
        extension = twitch.registerExtension(owner.id());
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void aJwtSignedWithTheExtensionsSecretPassesAndItsClaimsAreRecorded() {
        twitch.clearHelixRequests();
        TestHttp.Response ok = getExtension(sign(extension.secret(), claims(60)), extension.id());

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("data").get(0).get("id").asString()).isEqualTo(extension.id());
        assertThat(ok.header("Ratelimit-Limit")).hasValue("800");
        MockHelixRequest recorded = twitch.helixRequests().get(0);
        assertThat(recorded.userId()).isNull();
        assertThat(recorded.jwtClaims()).containsEntry("role", "external").containsEntry("user_id", owner.id());
    }

    @Test
    void forgedExpiredAndMalformedJwtsAre401() {
        String otherSecret = Base64.getEncoder().encodeToString("another secret".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> expired = claims(-1);
        Map<String, Object> noExp = claims(60);
        noExp.remove("exp");
        Map<String, Object> broadcasterRole = claims(60);
        broadcasterRole.put("role", "broadcaster");
        Map<String, Object> notTheOwner = claims(60);
        notTheOwner.put("user_id", "12345");
        String valid = sign(extension.secret(), claims(60));
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + base64Url("{\"role\":\"external\",\"exp\":9999999999}") + "." + parts[2];
        String none = base64Url("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        twitch.clearHelixRequests();

        assertUnauthorized(getExtension(sign(otherSecret, claims(60)), extension.id()), "not valid");
        assertUnauthorized(getExtension(sign(extension.secret(), expired), extension.id()), "expired");
        assertUnauthorized(getExtension(sign(extension.secret(), noExp), extension.id()), "exp");
        assertUnauthorized(getExtension(sign(extension.secret(), broadcasterRole), extension.id()), "external");
        assertUnauthorized(getExtension(sign(extension.secret(), notTheOwner), extension.id()), "owner");
        assertUnauthorized(getExtension(tampered, extension.id()), "not valid");
        assertUnauthorized(getExtension(none, extension.id()), "not valid");
        assertUnauthorized(getExtension("a.b", extension.id()), "not valid");
        assertUnauthorized(getExtension("%%%.&&&.***", extension.id()), "not valid");
        assertUnauthorized(getExtension(valid, "unknown-client"), "extension");
        assertUnauthorized(getExtension(valid, null), "Client-Id");
        assertUnauthorized(HTTP.get(uri("/extensions?extension_id=" + extension.id()), "Client-Id",
                extension.id()), "Authorization");
        assertUnauthorized(getExtension(twitch.issueAppToken(), extension.id()), "not valid");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aJwtIsNoOAuthTokenOnOtherRoutes() {
        TestHttp.Response users = HTTP.get(uri("/users?id=" + owner.id()), "Authorization",
                "Bearer " + sign(extension.secret(), claims(60)), "Client-Id", extension.id());

        assertThat(users.status()).isEqualTo(401);
    }

    @Test
    void aRotatedSecretSignsOnceActiveAndTheOldOneStopsThen() {
        try (MockTwitch own = MockTwitch.start()) {
            MockUser developer = own.createUser("developer");
            MockExtension ext = own.registerExtension(developer.id());
            String oldJwt = sign(ext.secret(), claims(own, developer.id(), 3600));
            TestHttp.Response created = HTTP.send(HttpRequest.newBuilder(URI.create(own.urls().helix()
                            + "/extensions/jwt/secrets?extension_id=" + ext.id() + "&delay=300"))
                    .headers("Authorization", "Bearer " + oldJwt, "Client-Id", ext.id())
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(created.status()).isEqualTo(200);
            String newSecret = created.json().get("data").get(0).get("secrets").get(1).get("content").asString();

            String path = "/extensions?extension_id=" + ext.id();
            String newJwt = sign(newSecret, claims(own, developer.id(), 3600));
            assertThat(get(own, path, newJwt, ext.id()).status()).as("not active yet").isEqualTo(401);
            own.clock().advance(Duration.ofSeconds(301));
            assertThat(get(own, path, newJwt, ext.id()).status()).isEqualTo(200);
            assertThat(get(own, path, oldJwt, ext.id()).status())
                    .as("the old secret expired when the new one activated").isEqualTo(401);
        }
    }

    private static void assertUnauthorized(TestHttp.Response response, String messagePart) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("message").asString()).contains(messagePart);
    }

    private static TestHttp.Response getExtension(String jwt, String clientId) {
        return clientId == null
                ? HTTP.get(uri("/extensions?extension_id=" + extension.id()), "Authorization", "Bearer " + jwt)
                : get(twitch, "/extensions?extension_id=" + extension.id(), jwt, clientId);
    }

    static TestHttp.Response get(MockTwitch mock, String pathAndQuery, String jwt, String clientId) {
        return HTTP.get(URI.create(mock.urls().helix() + pathAndQuery), "Authorization", "Bearer " + jwt,
                "Client-Id", clientId);
    }

    static URI uri(String pathAndQuery) {
        return URI.create(twitch.urls().helix() + pathAndQuery);
    }

    /** External claims of the owner, expiring {@code seconds} from the mock's now. */
    static Map<String, Object> claims(long seconds) {
        return claims(twitch, owner.id(), seconds);
    }

    /** External claims of {@code userId}, expiring {@code seconds} from {@code mock}'s now. */
    static Map<String, Object> claims(MockTwitch mock, String userId, long seconds) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("exp", mock.clock().instant().getEpochSecond() + seconds);
        claims.put("user_id", userId);
        claims.put("role", "external");
        return claims;
    }

    /** An HS256 JWT of {@code claims} signed with the base64 {@code secret}, as an extension backend signs it. */
    static String sign(String secret, Map<String, Object> claims) {
        String unsigned = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url(TestHttp.json(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA256"));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
