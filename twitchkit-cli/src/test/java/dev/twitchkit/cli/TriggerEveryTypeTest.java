package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code twitchkit trigger TYPE --version V} delivers exactly one notification of every type and version of the
 * library's catalog: over a WebSocket session where the type allows one with a user token, else over a conduit whose
 * shard is a WebSocket session (the types Twitch serves to app tokens only, over webhooks and conduits).
 */
class TriggerEveryTypeTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyTypeAndVersionOfTheCatalogArrivesExactlyOnce() throws Exception {
        try (MockTwitch twitch = MockTwitch.builder().requireSubscription(false).start()) {
            Set<String> scopes = new LinkedHashSet<>();
            SubscriptionType.all().forEach(t -> t.scopes().forEach(scopes::addAll));
            MockUser user = twitch.createUser("every_type", scopes.toArray(String[]::new));
            String app = twitch.issueAppToken();
            BlockingQueue<String> userFrames = new LinkedBlockingQueue<>();
            BlockingQueue<String> shardFrames = new LinkedBlockingQueue<>();
            WebSocket userSocket = connect(twitch, userFrames);
            WebSocket shardSocket = connect(twitch, shardFrames);
            try {
                String userSession = sessionId(userFrames);
                String conduit = conduitOn(twitch, app, sessionId(shardFrames));
                Map<SubscriptionType<?>, BlockingQueue<String>> arrivesOn = new LinkedHashMap<>();
                for (SubscriptionType<?> type : SubscriptionType.all()) {
                    if (type.transports().contains(TransportMethod.WEBSOCKET) && !type.appTokenOnly()) {
                        subscribe(twitch, user.accessToken(), type, condition(type, user, twitch),
                                Map.of("method", "websocket", "session_id", userSession));
                        arrivesOn.put(type, userFrames);
                    } else {
                        assertThat(type.transports()).as(type + " takes a conduit").contains(TransportMethod.CONDUIT);
                        subscribe(twitch, app, type, condition(type, user, twitch),
                                Map.of("method", "conduit", "conduit_id", conduit));
                        arrivesOn.put(type, shardFrames);
                    }
                }

                List<String> failures = new ArrayList<>();
                for (Map.Entry<SubscriptionType<?>, BlockingQueue<String>> route : arrivesOn.entrySet()) {
                    SubscriptionType<?> type = route.getKey();
                    CliRun cli = new CliRun();
                    int code = cli.run("trigger", type.type(), "--version", type.version(),
                            "--mock-url", MockCommand.baseUrl(twitch));
                    if (code != 0 || !cli.out().startsWith("Sent 1 notification:")) {
                        failures.add(type + ": exit " + code + " " + cli.out() + cli.err());
                        continue;
                    }
                    JsonNode metadata = TriggerCommandTest.nextNotification(route.getValue()).path("metadata");
                    assertThat(metadata.path("subscription_type").asString() + " v"
                            + metadata.path("subscription_version").asString())
                            .as("the next notification after triggering " + type)
                            .isEqualTo(type.type() + " v" + type.version());
                }
                assertThat(failures).as("types the CLI could not trigger").isEmpty();
                assertThat(twitch.counters().sent()).as("one notification per type, no more")
                        .isEqualTo(arrivesOn.size());
            } finally {
                userSocket.abort();
                shardSocket.abort();
            }
        }
    }

    /** Every required field, and the first group of a one-of: users are the test's user, clients the mock's. */
    private static Map<String, String> condition(SubscriptionType<?> type, MockUser user, MockTwitch twitch) {
        List<String> fields = new ArrayList<>(type.condition().required());
        if (!type.condition().oneOf().isEmpty()) {
            fields.addAll(type.condition().oneOf().get(0));
        }
        Map<String, String> condition = new LinkedHashMap<>();
        for (String field : fields) {
            condition.put(field, field.endsWith("user_id") ? user.id()
                    : field.endsWith("client_id") ? twitch.clientId() : "test-" + field);
        }
        return condition;
    }

    private static void subscribe(MockTwitch twitch, String token, SubscriptionType<?> type,
                                  Map<String, String> condition, Map<String, String> transport) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>(Map.of("type", type.type(), "version", type.version(),
                "condition", condition, "transport", transport));
        if (type.batched()) {
            request.put("is_batching_enabled", true); // Twitch refuses a batched type's subscription without it
        }
        String body = TriggerCommandTest.JSON.writeValueAsString(request);
        HttpResponse<String> created = helix(twitch, "POST", "/eventsub/subscriptions", token, body);
        assertThat(created.statusCode()).as(type + ": " + created.body()).isEqualTo(202);
    }

    /** A conduit of one shard, that shard being the session. */
    private static String conduitOn(MockTwitch twitch, String app, String session) throws Exception {
        String conduit = TriggerCommandTest.JSON.readTree(helix(twitch, "POST", "/eventsub/conduits", app,
                "{\"shard_count\":1}").body()).path("data").get(0).path("id").asString();
        HttpResponse<String> assigned = helix(twitch, "PATCH", "/eventsub/conduits/shards", app, "{\"conduit_id\":\""
                + conduit + "\",\"shards\":[{\"id\":\"0\",\"transport\":{\"method\":\"websocket\",\"session_id\":\""
                + session + "\"}}]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(202);
        return conduit;
    }

    private static HttpResponse<String> helix(MockTwitch twitch, String method, String path, String token,
                                              String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(twitch.urls().helix() + path))
                        .header("Authorization", "Bearer " + token).header("Client-Id", twitch.clientId())
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static WebSocket connect(MockTwitch twitch, BlockingQueue<String> frames) {
        return HTTP.newWebSocketBuilder().buildAsync(twitch.urls().eventSubWebSocket(),
                TriggerCommandTest.collector(frames)).join();
    }

    private static String sessionId(BlockingQueue<String> frames) throws InterruptedException {
        String welcome = frames.poll(5, TimeUnit.SECONDS);
        assertThat(welcome).as("a welcome within 5 s").isNotNull();
        return TriggerCommandTest.JSON.readTree(welcome).path("payload").path("session").path("id").asString();
    }
}
