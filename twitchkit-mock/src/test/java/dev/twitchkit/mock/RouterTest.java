package dev.twitchkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RouterTest {
    static MockTwitch twitch;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void unknownRouteIsA404WithTwitchErrorBody() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(twitch.urls().helix() + "/no/such/thing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\":\"Not Found\"").contains("\"status\":404");
    }
}
