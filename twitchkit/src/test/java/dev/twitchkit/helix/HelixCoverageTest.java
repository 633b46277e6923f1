package dev.twitchkit.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint twitchkit declares is one of Twitch's 145, and the mock answers each of them: a request to every
 * declared route reaches a route of the mock (whatever it then answers to an empty request), never the router's
 * "no route" 404 or a 405.
 */
class HelixCoverageTest {
    /** Twitch's Helix reference (../shared/reference/helix-endpoints.md): 144 of 2026-02-27 plus Get Custom Power-up. */
    private static final int TWITCH_ENDPOINTS = 145;

    @Test
    void theLibraryDeclaresAndTheMockAnswersEveryHelixEndpoint() throws Exception {
        List<HelixCatalog.Entry> entries = HelixCatalog.entries();
        assertThat(entries).hasSize(TWITCH_ENDPOINTS);

        List<String> unanswered = new ArrayList<>();
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser user = twitch.createUser("coverage");
            HttpClient http = HttpClient.newHttpClient();
            for (HelixCatalog.Entry entry : entries) {
                Endpoint<?> endpoint = entry.endpoint();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twitch.urls().helix() + endpoint.path()))
                        .header("Authorization", "Bearer " + user.accessToken())
                        .header("Client-Id", twitch.clientId());
                boolean withBody = !endpoint.method().equals("GET") && !endpoint.method().equals("DELETE");
                request.method(endpoint.method(), withBody ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 405
                        || response.statusCode() == 404 && response.body().contains("No route for")) {
                    unanswered.add(endpoint.route() + " -> " + response.statusCode());
                }
            }
        }
        assertThat(unanswered).as("declared routes the mock does not serve").isEmpty();
    }
}
