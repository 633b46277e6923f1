package dev.twitchkit.helix;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.extensions.ExtensionCredentials;
import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the core does for a call signed with an extension JWT: a new JWT per attempt, no refresh, its own bucket. */
class HelixJwtCallTest {
    private static final ListEndpoint<JsonNode> GET_EXTENSIONS = Endpoint.declare("Test", "JWT Get Extensions", "x")
            .route("GET", "/extensions").extensionJwt().data(JsonNode.class);

    private MockTwitch twitch;
    private App app;
    private MockExtension extension;
    private CountingJwt jwt;
    private HelixApi api;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        MockUser owner = twitch.createUser("owner");
        extension = twitch.registerExtension(owner.id());
        jwt = new CountingJwt(ExtensionCredentials.of(extension.id(), extension.secret(), owner.id())
                .withClock(twitch.clock()));
        api = app.application();
        twitch.clearHelixRequests();
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void aRetryAfterA503SignsANewJwt() {
        twitch.failNextHelixRequests(1, 503, "Service Unavailable");

        List<JsonNode> found = await(GET_EXTENSIONS.data(api, jwt, query(), null));

        assertThat(found).singleElement().satisfies(e -> assertThat(e.get("id").asString()).isEqualTo(extension.id()));
        assertThat(jwt.signed).hasValue(2);
        assertThat(twitch.helixRequests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.jwtClaims()).containsEntry("role", "external");
            assertThat(r.userId()).isNull();
        });
    }

    @Test
    void a401IsFinalWithoutARefreshOrAScopeHint() {
        twitch.failNextHelixRequests(1, 401, "The JWT token is not valid.");

        Throwable error = failure(GET_EXTENSIONS.data(api, jwt, query(), null));

        assertThat(error).isInstanceOf(UnauthorizedException.class).hasMessageContaining("JWT token is not valid");
        assertThat(((HelixException) error).requiredScopes()).isEmpty();
        assertThat(jwt.signed).hasValue(1);
        assertThat(twitch.helixRequests()).extracting(MockHelixRequest::route).containsExactly("GET /extensions");
    }

    @Test
    void jwtCallsDrawFromTheExtensionsBucketNotTheAppTokens() {
        twitch.drainAppRateLimit();

        await(GET_EXTENSIONS.data(api, jwt, query(), null));

        assertThat(api.helix().remainingPoints("extension:" + extension.id())).hasValue(799);
        assertThat(api.helix().remainingPoints(twitch.clientId())).isEmpty();
    }

    @Test
    void anAdHocEndpointTakesAJwtToo() {
        JsonNode answer = await(Endpoint.of("GET", "/extensions", JsonNode.class).call(api, jwt, query(), null));

        assertThat(answer.path("data").get(0).path("id").asString()).isEqualTo(extension.id());
        assertThat(jwt.signed).hasValue(1);
    }

    private HelixQuery query() {
        return HelixQuery.create().add("extension_id", extension.id());
    }

    /** Signs with the extension's credentials and counts the JWTs signed. */
    private static final class CountingJwt implements JwtCredentials {
        final AtomicInteger signed = new AtomicInteger();
        private final ExtensionCredentials credentials;

        CountingJwt(ExtensionCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public String clientId() {
            return credentials.clientId();
        }

        @Override
        public String signJwt() {
            signed.incrementAndGet();
            return credentials.sign(null, null);
        }
    }
}
