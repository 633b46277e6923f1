package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A purchase of an extension's Bits product is listed by Get Extension Transactions and raised over EventSub. */
class ExtensionTransactionEventTest {
    private static final TestHttp HTTP = new TestHttp();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aTransactionRaisesExtensionBitsTransactionCreateWithItsIdsAndProduct() {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer");
            MockUser buyer = twitch.createUser("buyer");
            MockExtension extension = twitch.registerExtension(streamer.id());
            String app = twitch.issueAppToken();
            String helix = twitch.urls().helix().toString();
            String[] auth = {"Authorization", "Bearer " + app, "Client-Id", twitch.clientId()};
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(helix + "/bits/extensions"))
                    .headers(auth).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"sku\":\"sword\",\"cost\":{\"amount\":"
                            + "100,\"type\":\"bits\"},\"display_name\":\"Sword\"}"))).status()).isEqualTo(200);
            assertThat(HTTP.postJson(URI.create(helix + "/eventsub/subscriptions"), "{\"type\":"
                    + "\"extension.bits_transaction.create\",\"version\":\"1\",\"condition\":{\"extension_client_id\":\""
                    + extension.id() + "\"},\"transport\":{\"method\":\"webhook\",\"callback\":"
                    + "\"https://example.com/hook\",\"secret\":\"s3cr3t-s3cr3t\"}}", auth).status()).isEqualTo(202);

            String id = twitch.addExtensionTransaction(streamer.id(), buyer.id(), "sword");

            assertThat(twitch.webhookDeliveries()).singleElement().satisfies(delivery -> {
                JsonNode event = JSON.readTree(delivery.body()).path("payload").path("event");
                assertThat(event.path("id").asString()).isEqualTo(id);
                assertThat(event.path("extension_client_id").asString()).isEqualTo(extension.id());
                assertThat(event.path("broadcaster_user_id").asString()).isEqualTo(streamer.id());
                assertThat(event.path("broadcaster_user_login").asString()).isEqualTo("streamer");
                assertThat(event.path("user_id").asString()).isEqualTo(buyer.id());
                assertThat(event.path("user_login").asString()).isEqualTo("buyer");
                assertThat(event.path("product").path("sku").asString()).isEqualTo("sword");
                assertThat(event.path("product").path("name").asString()).isEqualTo("Sword");
                assertThat(event.path("product").path("bits").asInt()).isEqualTo(100);
                assertThat(event.path("product").path("in_development").asBoolean()).isFalse();
            });
            JsonNode listed = HTTP.get(URI.create(helix + "/extensions/transactions?extension_id=" + extension.id()),
                    auth).json().path("data");
            assertThat(listed.get(0).path("id").asString()).isEqualTo(id);
        }
    }
}
