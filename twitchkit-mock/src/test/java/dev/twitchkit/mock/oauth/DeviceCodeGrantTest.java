package dev.twitchkit.mock.oauth;

import static dev.twitchkit.mock.oauth.TestHttp.pairs;
import static dev.twitchkit.mock.oauth.TokenGrantTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The device code grant through every state. Polls are spaced by advancing the mock's clock past the interval,
 * so nothing sleeps.
 */
class DeviceCodeGrantTest {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    final TestHttp http = new TestHttp();
    MockTwitch twitch;

    @AfterEach
    void stop() {
        if (twitch != null) {
            twitch.close();
        }
    }

    @Test
    void startingGivesCodesAndTheInterval() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofSeconds(5)).deviceLifetime(Duration.ofMinutes(30))
                .start();
        JsonNode body = start("user:read:chat user:write:chat").json();

        assertThat(body.get("device_code").asString()).isNotBlank();
        assertThat(body.get("user_code").asString()).matches("[A-Z]{8}");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1800);
        assertThat(body.get("interval").asLong()).isEqualTo(5);
        assertThat(body.get("verification_uri").asString())
                .startsWith("http://" + twitch.settings().host() + ":" + twitch.port() + "/activate?")
                .contains(body.get("user_code").asString());
    }

    @Test
    void pendingThenSlowDownThenApprovedGivesAUserTokenWithTheRequestedScopes() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofSeconds(5)).start();
        MockUser viewer = twitch.createUser("device_viewer");
        JsonNode started = start("user:read:chat user:write:chat").json();
        String deviceCode = started.get("device_code").asString();

        assertError(poll(deviceCode), 400, "authorization_pending");
        assertError(poll(deviceCode), 400, "slow_down");
        twitch.clock().advance(Duration.ofSeconds(4));
        assertError(poll(deviceCode), 400, "slow_down");
        twitch.clock().advance(Duration.ofSeconds(5));
        assertError(poll(deviceCode), 400, "authorization_pending");

        twitch.approveDevice(started.get("user_code").asString(), viewer.id());
        twitch.clock().advance(Duration.ofSeconds(5));
        TestHttp.Response approved = poll(deviceCode);

        assertThat(approved.status()).isEqualTo(200);
        JsonNode token = approved.json();
        assertThat(token.get("refresh_token").asString()).isNotBlank();
        assertThat(token.get("scope").valueStream().map(JsonNode::asString))
                .containsExactly("user:read:chat", "user:write:chat");
        JsonNode validated = http.get(URI.create(twitch.urls().oauth() + "/validate"),
                "Authorization", "OAuth " + token.get("access_token").asString()).json();
        assertThat(validated.get("user_id").asString()).isEqualTo(viewer.id());

        twitch.clock().advance(Duration.ofSeconds(5));
        assertError(poll(deviceCode), 400, "invalid device code");
    }

    @Test
    void aDeniedCodeAnswersAccessDenied() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofSeconds(1)).start();
        JsonNode started = start("").json();
        twitch.denyDevice(started.get("user_code").asString());

        assertError(poll(started.get("device_code").asString()), 400, "access_denied");
    }

    @Test
    void aCodeExpiresOnTheMocksClock() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofSeconds(1)).deviceLifetime(Duration.ofMinutes(30))
                .start();
        String deviceCode = start("").json().get("device_code").asString();
        twitch.clock().advance(Duration.ofMinutes(30));

        assertError(poll(deviceCode), 400, "expired_token");
        assertError(poll(deviceCode), 400, "invalid device code");
    }

    @Test
    void autoApprovalOnTheNthPollUsesTheDefaultUser() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofSeconds(1)).deviceAutoApproveAfterPolls(3)
                .defaultLogin("auto_approver").start();
        String deviceCode = start("chat:read").json().get("device_code").asString();

        assertError(poll(deviceCode), 400, "authorization_pending");
        twitch.clock().advance(Duration.ofSeconds(1));
        assertError(poll(deviceCode), 400, "authorization_pending");
        twitch.clock().advance(Duration.ofSeconds(1));
        TestHttp.Response third = poll(deviceCode);

        assertThat(third.status()).isEqualTo(200);
        JsonNode validated = http.get(URI.create(twitch.urls().oauth() + "/validate"),
                "Authorization", "OAuth " + third.json().get("access_token").asString()).json();
        assertThat(validated.get("login").asString()).isEqualTo("auto_approver");
    }

    @Test
    void theActivatePageApprovesAsTheNamedUser() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofSeconds(1)).start();
        MockUser named = twitch.createUser("activator");
        JsonNode started = start("").json();

        TestHttp.Response page = http.get(URI.create(started.get("verification_uri").asString() + "&login=activator"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("user_id").asString()).isEqualTo(named.id());

        TestHttp.Response token = poll(started.get("device_code").asString());
        assertThat(token.status()).isEqualTo(200);
    }

    @Test
    void unknownDeviceCodesAndClientsAreRejected() {
        twitch = MockTwitch.start();
        assertError(poll("nope"), 400, "invalid device code");
        assertError(http.postForm(URI.create(twitch.urls().oauth() + "/device"), pairs("client_id", "nope")),
                400, "invalid client");
        assertError(http.postForm(URI.create(twitch.urls().oauth() + "/device"), pairs()), 400, "missing client id");
    }

    private TestHttp.Response start(String scopes) {
        return http.postForm(URI.create(twitch.urls().oauth() + "/device"),
                pairs("client_id", twitch.clientId(), "scopes", scopes));
    }

    private TestHttp.Response poll(String deviceCode) {
        return http.postForm(URI.create(twitch.urls().oauth() + "/token"), pairs("client_id", twitch.clientId(),
                "grant_type", DEVICE_GRANT, "device_code", deviceCode, "scopes", "ignored"));
    }
}
