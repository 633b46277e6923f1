package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What every Helix route gets from the gate: 401s with Twitch's body, rate-limit headers, 429, scripted faults. */
class HelixGateTest {
    final TestHttp http = new TestHttp();
    MockTwitch twitch;

    @AfterEach
    void stop() {
        if (twitch != null) {
            twitch.close();
        }
    }

    @Test
    void everyReplyCarriesTheRateLimitHeadersOfAnEightHundredPointBucket() {
        twitch = MockTwitch.start();
        MockUser user = twitch.createUser("headers");

        TestHttp.Response first = users(user.accessToken(), twitch.clientId());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Ratelimit-Limit")).hasValue("800");
        assertThat(first.header("Ratelimit-Remaining")).hasValue("799");
        long reset = Long.parseLong(first.header("Ratelimit-Reset").orElseThrow());
        assertThat(reset).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 61);
    }

    @Test
    void anEmptyBucketAnswers429UntilItRefillsOnTheMocksClock() {
        twitch = MockTwitch.builder().rateLimit(3, Duration.ofMinutes(1)).start();
        MockUser user = twitch.createUser("limited");

        for (int i = 0; i < 3; i++) {
            assertThat(users(user.accessToken(), twitch.clientId()).status()).isEqualTo(200);
        }
        TestHttp.Response limited = users(user.accessToken(), twitch.clientId());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("error").asString()).isEqualTo("Too Many Requests");
        assertThat(limited.json().get("status").asInt()).isEqualTo(429);
        assertThat(limited.header("Ratelimit-Remaining")).hasValue("0");

        twitch.clock().advance(Duration.ofMinutes(1));
        TestHttp.Response refilled = users(user.accessToken(), twitch.clientId());
        assertThat(refilled.status()).isEqualTo(200);
        assertThat(refilled.header("Ratelimit-Remaining")).hasValue("2");
    }

    @Test
    void bucketsArePerUserAndPerAppAndCanBeDrained() {
        // A day-long refill: with Twitch's minute a drained bucket regains a point every 75 ms, which a loaded
        // machine can spend between the drain and the request that must see the 429.
        twitch = MockTwitch.builder().rateLimit(800, Duration.ofDays(1)).start();
        MockUser drained = twitch.createUser("drained");
        MockUser other = twitch.createUser("untouched");
        MockUser secondTokenOfDrained = twitch.issueToken(drained.id());

        twitch.drainRateLimit(drained.id());

        assertThat(users(drained.accessToken(), twitch.clientId()).status()).isEqualTo(429);
        assertThat(users(secondTokenOfDrained.accessToken(), twitch.clientId()).status())
                .as("user tokens share one bucket per client and user").isEqualTo(429);
        assertThat(users(other.accessToken(), twitch.clientId()).status()).isEqualTo(200);
        assertThat(twitch.rateLimitRemaining(drained.id())).isZero();

        String app = twitch.issueAppToken();
        assertThat(http.get(usersUri("?id=" + other.id()), "Authorization", "Bearer " + app,
                "Client-Id", twitch.clientId()).status()).isEqualTo(200);
        twitch.drainAppRateLimit();
        assertThat(http.get(usersUri("?id=" + other.id()), "Authorization", "Bearer " + app,
                "Client-Id", twitch.clientId()).status()).isEqualTo(429);
    }

    @Test
    void badTokensAndClientIdsGet401WithTwitchsBody() {
        twitch = MockTwitch.start();
        MockUser user = twitch.createUser("authcheck");

        assertUnauthorized(http.get(usersUri("")), "OAuth token is missing");
        assertUnauthorized(users("not-a-token", twitch.clientId()), "Invalid OAuth token");
        assertUnauthorized(http.get(usersUri(""), "Authorization", "Bearer " + user.accessToken()),
                "Client ID is missing");
        assertUnauthorized(users(user.accessToken(), "someoneelse"), "Client ID and OAuth token do not match");

        twitch.expireToken(user.accessToken());
        assertUnauthorized(users(user.accessToken(), twitch.clientId()), "Invalid OAuth token");
    }

    @Test
    void theTokenExpiresOnTheMocksClock() {
        twitch = MockTwitch.builder().tokenTtl(Duration.ofHours(1)).start();
        MockUser user = twitch.createUser("expiring");
        assertThat(users(user.accessToken(), twitch.clientId()).status()).isEqualTo(200);
        twitch.clock().advance(Duration.ofHours(1));
        assertUnauthorized(users(user.accessToken(), twitch.clientId()), "Invalid OAuth token");
    }

    @Test
    void scriptedFailuresHitTheNextRequestsThenNormalServiceResumes() {
        twitch = MockTwitch.start();
        MockUser user = twitch.createUser("faulty");
        twitch.failNextHelixRequests(1, 401, "Invalid OAuth token");
        twitch.failNextHelixRequests(1, 503, "Service Unavailable");

        assertUnauthorized(users(user.accessToken(), twitch.clientId()), "Invalid OAuth token");
        TestHttp.Response unavailable = users(user.accessToken(), twitch.clientId());
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.header("Ratelimit-Limit")).isPresent();
        assertThat(users(user.accessToken(), twitch.clientId()).status()).isEqualTo(200);
    }

    @Test
    void theTwitchCliLayoutAnswersTheSameRoutes() {
        twitch = MockTwitch.start();
        MockUser user = twitch.createUser("cli_layout");
        URI cli = URI.create("http://" + twitch.settings().host() + ":" + twitch.port() + "/mock/users");
        TestHttp.Response response = http.get(cli, "Authorization", "Bearer " + user.accessToken(),
                "Client-Id", twitch.clientId());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("data").get(0).get("login").asString()).isEqualTo("cli_layout");
    }

    @Test
    void theEventSubRoutesOfTheOtherHelperGetTheGateToo() {
        twitch = MockTwitch.builder().rateLimit(2, Duration.ofMinutes(1)).start();
        MockUser user = twitch.createUser("eventsub_gate");
        URI helix = URI.create(twitch.urls().helix() + "/eventsub/subscriptions");
        URI cli = URI.create("http://" + twitch.settings().host() + ":" + twitch.port() + "/eventsub/subscriptions");

        TestHttp.Response listed = http.get(helix, "Authorization", "Bearer " + user.accessToken(),
                "Client-Id", twitch.clientId());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.header("Ratelimit-Remaining")).hasValue("1");
        assertThat(http.get(cli, "Authorization", "Bearer " + user.accessToken(), "Client-Id", twitch.clientId())
                .header("Ratelimit-Remaining")).hasValue("0");
        assertThat(http.get(helix, "Authorization", "Bearer " + user.accessToken(), "Client-Id", twitch.clientId())
                .status()).isEqualTo(429);
        assertUnauthorized(http.get(helix, "Authorization", "Bearer nope", "Client-Id", twitch.clientId()),
                "Invalid OAuth token");
    }

    private TestHttp.Response users(String token, String clientId) {
        return http.get(usersUri(""), "Authorization", "Bearer " + token, "Client-Id", clientId);
    }

    private URI usersUri(String query) {
        return URI.create(twitch.urls().helix() + "/users" + query);
    }

    static void assertUnauthorized(TestHttp.Response response, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        JsonNode body = response.json();
        assertThat(body.get("error").asString()).isEqualTo("Unauthorized");
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("message").asString()).isEqualTo(message);
    }
}
