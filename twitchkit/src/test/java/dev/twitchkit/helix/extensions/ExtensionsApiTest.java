package dev.twitchkit.helix.extensions;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.helix.UnauthorizedException;
import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockExtensionMessage;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every Extensions endpoint end to end against the mock, the JWT each call signs, and the limits kept before. */
class ExtensionsApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MockTwitch twitch;
    private static App app;
    private static MockUser owner;
    private static MockUser streamer;
    private static MockExtension extension;
    private static ExtensionCredentials credentials;
    private static HelixApi appApi;
    private static ExtensionsApi extensions;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        owner = twitch.createUser("Owner");
        streamer = twitch.createUser("Streamer");
        extension = twitch.registerExtension(owner.id());
        credentials = ExtensionCredentials.of(extension.id(), extension.secret(), owner.id())
                .withClock(twitch.clock());
        appApi = app.application();
        extensions = appApi.extensions();
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void configurationSegmentsAreSetAndReadWithAnExternalJwt() {
        await(extensions.setExtensionConfigurationSegment(credentials, SegmentType.GLOBAL, null, "hello config!",
                "0.0.1"));
        await(extensions.setExtensionConfigurationSegment(credentials, SegmentType.BROADCASTER, streamer.id(),
                "{\"foo\":\"bar\"}", "1.0"));

        List<ConfigurationSegment> segments = await(extensions.getExtensionConfigurationSegment(credentials,
                streamer.id(), List.of(SegmentType.BROADCASTER, SegmentType.GLOBAL)));

        assertThat(segments).containsExactly(
                new ConfigurationSegment(SegmentType.BROADCASTER, streamer.id(), "{\"foo\":\"bar\"}", "1.0"),
                new ConfigurationSegment(SegmentType.GLOBAL, null, "hello config!", "0.0.1"));
        List<MockHelixRequest> requests = twitch.helixRequests();
        assertThat(requests).extracting(MockHelixRequest::route).containsExactly("PUT /extensions/configurations",
                "PUT /extensions/configurations", "GET /extensions/configurations");
        assertThat(body(requests.get(0))).isEqualTo(json("{\"extension_id\":\"" + extension.id()
                + "\",\"segment\":\"global\",\"content\":\"hello config!\",\"version\":\"0.0.1\"}"));
        assertThat(body(requests.get(1)).get("broadcaster_id").asString()).isEqualTo(streamer.id());
        MockHelixRequest get = requests.get(2);
        assertThat(get.params("segment")).containsExactly("broadcaster", "global");
        assertThat(get.param("extension_id")).contains(extension.id());
        assertThat(get.param("broadcaster_id")).contains(streamer.id());
        requests.forEach(r -> assertExternalClaims(r.jwtClaims()));
        assertThat(get.jwtClaims()).doesNotContainKeys("channel_id", "pubsub_perms");
    }

    @Test
    void requiredConfigurationNamesTheChannelAndVersion() {
        await(extensions.setExtensionRequiredConfiguration(credentials, streamer.id(), "0.0.1", "RCS"));

        assertThat(twitch.extensionRequiredConfiguration(streamer.id())).contains("RCS");

        MockHelixRequest request = only("PUT /extensions/required_configuration");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(body(request)).isEqualTo(json("{\"extension_id\":\"" + extension.id()
                + "\",\"extension_version\":\"0.0.1\",\"required_configuration\":\"RCS\"}"));
        assertExternalClaims(request.jwtClaims());
    }

    @Test
    void aPubSubMessageCarriesTheChannelAndTargetsInTheJwt() {
        List<String> targets = List.of("broadcast", "whisper-" + owner.id());
        await(extensions.sendExtensionPubSubMessage(credentials, streamer.id(), targets, "hello world!"));
        await(extensions.sendGlobalExtensionPubSubMessage(credentials, "to everyone"));

        List<MockHelixRequest> requests = twitch.helixRequests();
        assertThat(requests).extracting(MockHelixRequest::route).containsOnly("POST /extensions/pubsub");
        assertThat(body(requests.get(0))).isEqualTo(json("{\"target\":[\"broadcast\",\"whisper-" + owner.id()
                + "\"],\"broadcaster_id\":\"" + streamer.id() + "\",\"message\":\"hello world!\"}"));
        assertThat(requests.get(0).jwtClaims()).containsEntry("channel_id", streamer.id())
                .containsEntry("pubsub_perms", Map.of("send", targets));
        assertThat(body(requests.get(1))).isEqualTo(json(
                "{\"target\":[\"global\"],\"is_global_broadcast\":true,\"message\":\"to everyone\"}"));
        assertThat(requests.get(1).jwtClaims()).containsEntry("channel_id", "all")
                .containsEntry("pubsub_perms", Map.of("send", List.of("global")));
        requests.forEach(r -> assertExternalClaims(r.jwtClaims()));
        assertThat(twitch.extensionPubSubMessages()).contains(
                new MockExtensionMessage(streamer.id(), targets, "hello world!"),
                new MockExtensionMessage(null, List.of("global"), "to everyone"));
    }

    @Test
    void liveChannelsArePagedWithTheBareStringCursorTwitchSendsHere() {
        MockUser second = twitch.createUser("SecondLive");
        MockUser third = twitch.createUser("ThirdLive");
        twitch.setExtensionLive(streamer.id(), "first stream");
        twitch.setExtensionLive(second.id(), "second stream");
        twitch.setExtensionLive(third.id(), "");

        Paginator<LiveChannel> firstTwo = extensions.getExtensionLiveChannels(extension.id()).limit(2);
        List<LiveChannel> page = await(firstTwo.nextPage());
        List<LiveChannel> all = await(extensions.getExtensionLiveChannels(extension.id()).all());

        assertThat(page).hasSize(2);
        assertThat(firstTwo.lastPage().orElseThrow().cursor()).isPresent();
        assertThat(all).extracting(LiveChannel::broadcasterId).containsExactly(streamer.id(), second.id(),
                third.id());
        assertThat(all.get(0)).isEqualTo(new LiveChannel(streamer.id(), "Streamer", "Just Chatting", "509658",
                "first stream"));
        MockHelixRequest first = twitch.helixRequests().get(0);
        assertThat(first.route()).isEqualTo("GET /extensions/live");
        assertThat(first.param("extension_id")).contains(extension.id());
        assertThat(first.param("first")).contains("2");
        assertThat(first.jwtClaims()).isEmpty();
        assertThat(failure(extensions.getExtensionLiveChannels("unknown").all()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void secretsAreListedAndANewOneIsCreatedAfterTheDelay() {
        List<ExtensionSecrets> current = await(extensions.getExtensionSecrets(credentials));

        assertThat(current).hasSize(1);
        assertThat(current.get(0).formatVersion()).isEqualTo(1);
        ExtensionSecret secret = current.get(0).secrets().get(0);
        assertThat(secret.content()).isEqualTo(extension.secret());
        assertThat(secret.activeAt()).isBefore(secret.expiresAt());
        assertThat(secret.toString()).doesNotContain(extension.secret());

        Instant before = twitch.clock().instant();
        List<ExtensionSecrets> rotated = await(extensions.createExtensionSecret(credentials, 3600));

        List<ExtensionSecret> secrets = rotated.get(0).secrets();
        assertThat(secrets).hasSize(2);
        ExtensionSecret fresh = secrets.get(1);
        assertThat(fresh.content()).isNotEqualTo(extension.secret());
        assertThat(Base64.getDecoder().decode(fresh.content())).isNotEmpty();
        assertThat(fresh.activeAt()).isBetween(before.plusSeconds(3599), before.plusSeconds(3601));
        assertThat(secrets.get(0).expiresAt()).isEqualTo(fresh.activeAt());
        MockHelixRequest create = twitch.helixRequests().get(1);
        assertThat(create.route()).isEqualTo("POST /extensions/jwt/secrets");
        assertThat(create.param("extension_id")).contains(extension.id());
        assertThat(create.param("delay")).contains("3600");
        assertExternalClaims(create.jwtClaims());
    }

    @Test
    void aChatMessageGoesToTheChannelNamedInTheJwt() {
        await(extensions.sendExtensionChatMessage(credentials, streamer.id(), "0.0.1", "Hello from the extension"));

        MockHelixRequest request = only("POST /extensions/chat");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(body(request)).isEqualTo(json("{\"text\":\"Hello from the extension\",\"extension_id\":\""
                + extension.id() + "\",\"extension_version\":\"0.0.1\"}"));
        assertThat(request.jwtClaims()).containsEntry("channel_id", streamer.id());
        assertExternalClaims(request.jwtClaims());
        assertThat(twitch.extensionChatMessages()).contains(
                new MockExtensionMessage(streamer.id(), List.of(), "Hello from the extension"));
    }

    @Test
    void theExtensionIsDescribedWithEveryDocumentedField() {
        Extension described = await(extensions.getExtensions(credentials, null)).orElseThrow();
        Extension released = await(extensions.getReleasedExtensions(extension.id(), "0.0.1"));

        assertThat(released).isEqualTo(described);
        assertThat(described.id()).isEqualTo(extension.id());
        assertThat(described.version()).isEqualTo("0.0.1");
        assertThat(described.authorName()).isEqualTo("Owner");
        assertThat(described.state()).isEqualTo("Released");
        assertThat(described.name()).isNotBlank();
        assertThat(described.configurationLocation()).isEqualTo("hosted");
        assertThat(described.subscriptionsSupportLevel()).isEqualTo("none");
        assertThat(described.bitsEnabled()).isTrue();
        assertThat(described.hasChatSupport()).isTrue();
        assertThat(described.iconUrls()).containsKeys("24x24", "100x100", "300x200");
        assertThat(described.screenshotUrls()).isNotEmpty();
        assertThat(described.views().panel().height()).isEqualTo(300);
        assertThat(described.views().component().aspectRatioX()).isEqualTo(48000);
        assertThat(described.views().component().targetHeight()).isEqualTo(5333);
        assertThat(described.views().mobile().viewerUrl()).startsWith("https://" + extension.id());
        assertThat(described.views().videoOverlay().viewerUrl()).isNotBlank();
        assertThat(described.views().config().viewerUrl()).isNotBlank();
        assertThat(await(extensions.getExtensions(credentials, "9.9.9"))).isEmpty();
        MockHelixRequest get = twitch.helixRequests().get(0);
        assertThat(get.route()).isEqualTo("GET /extensions");
        assertThat(get.param("extension_id")).contains(extension.id());
        assertExternalClaims(get.jwtClaims());
        MockHelixRequest getReleased = twitch.helixRequests().get(1);
        assertThat(getReleased.param("extension_version")).contains("0.0.1");
        assertThat(getReleased.jwtClaims()).isEmpty();
        assertThat(failure(extensions.getReleasedExtensions(extension.id(), "9.9.9")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bitsProductsAreAddedAndListedWithTheExtensionsAppToken() {
        Instant expires = Instant.parse("2099-05-18T09:10:13Z");
        BitsProduct crate = new BitsProduct("rusty.crate-2", BitsCost.bits(990), true, "Rusty Crate 2", expires,
                true);

        BitsProduct saved = await(extensions.updateExtensionBitsProduct(crate));
        List<BitsProduct> listed = await(extensions.getExtensionBitsProducts(false));

        assertThat(saved).isEqualTo(crate);
        assertThat(listed).contains(crate);
        MockHelixRequest put = twitch.helixRequests().get(0);
        assertThat(put.route()).isEqualTo("PUT /bits/extensions");
        assertThat(put.userId()).isNull();
        assertThat(body(put)).isEqualTo(json("{\"sku\":\"rusty.crate-2\",\"cost\":{\"amount\":990,\"type\":"
                + "\"bits\"},\"in_development\":true,\"display_name\":\"Rusty Crate 2\",\"expiration\":"
                + "\"2099-05-18T09:10:13Z\",\"is_broadcast\":true}"));
        assertThat(twitch.helixRequests().get(1).param("should_include_all")).contains("false");
    }

    @Test
    void limitsAreKeptBeforeAnyRequest() {
        String big = "x".repeat(ExtensionsApi.MAX_CONTENT_BYTES + 1);
        assertThatThrownBy(() -> extensions.setExtensionConfigurationSegment(credentials, SegmentType.GLOBAL, null,
                big, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5120 bytes");
        assertThatThrownBy(() -> extensions.setExtensionConfigurationSegment(credentials, SegmentType.DEVELOPER,
                null, "x", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("broadcasterId");
        assertThatThrownBy(() -> extensions.getExtensionConfigurationSegment(credentials, streamer.id(),
                List.of(SegmentType.GLOBAL))).hasMessageContaining("null broadcasterId");
        assertThatThrownBy(() -> extensions.getExtensionConfigurationSegment(credentials, null, List.of()))
                .hasMessageContaining("at least one segment");
        assertThatThrownBy(() -> extensions.sendExtensionPubSubMessage(credentials, streamer.id(),
                List.of("broadcast"), "é".repeat(2561))).hasMessageContaining("message must be at most 5120 bytes");
        assertThatThrownBy(() -> extensions.sendExtensionPubSubMessage(credentials, streamer.id(),
                List.of("everyone"), "hi")).hasMessageContaining("everyone");
        assertThatThrownBy(() -> extensions.sendExtensionPubSubMessage(credentials, streamer.id(),
                List.of("global"), "hi")).hasMessageContaining("sendGlobalExtensionPubSubMessage");
        assertThatThrownBy(() -> extensions.sendExtensionPubSubMessage(credentials, streamer.id(), List.of(), "hi"))
                .hasMessageContaining("at least one target");
        assertThatThrownBy(() -> extensions.sendExtensionChatMessage(credentials, streamer.id(), "0.0.1",
                "x".repeat(281))).hasMessageContaining("at most 280 characters");
        assertThatThrownBy(() -> extensions.createExtensionSecret(credentials, 299))
                .hasMessageContaining("at least 300");
        assertThatThrownBy(() -> extensions.updateExtensionBitsProduct(new BitsProduct("no spaces", BitsCost.bits(1),
                false, "n", null, false))).hasMessageContaining("sku");
        assertThatThrownBy(() -> extensions.updateExtensionBitsProduct(new BitsProduct("sku", BitsCost.bits(10_001),
                false, "n", null, false))).hasMessageContaining("cost.amount must be between 1 and 10000");
        assertThatThrownBy(() -> extensions.updateExtensionBitsProduct(new BitsProduct("sku", BitsCost.bits(1),
                false, "n".repeat(256), null, false))).hasMessageContaining("displayName");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void jwtEndpointsAndOAuthEndpointsDoNotMixUp() {
        assertThat(failure(ExtensionsApi.GET_EXTENSIONS.call(appApi, HelixQuery.create(), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JWT signed with the extension");
        assertThat(failure(ExtensionsApi.GET_RELEASED.call(appApi, credentials.jwt(null, null), null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not take an extension JWT");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aJwtSignedWithAnotherSecretOrExpiredIsRefusedByTwitch() {
        String otherSecret = Base64.getEncoder().encodeToString("not the extension's secret".getBytes());
        ExtensionCredentials forged = ExtensionCredentials.of(extension.id(), otherSecret, owner.id());
        ExtensionCredentials expired = credentials.withClock(InstantSource.fixed(twitch.clock().instant()
                .minus(Duration.ofHours(1)))).withTtl(Duration.ofMinutes(1));

        assertThat(failure(extensions.getExtensions(forged, null))).isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("JWT");
        assertThat(failure(extensions.sendExtensionChatMessage(expired, streamer.id(), "0.0.1", "late")))
                .isInstanceOf(UnauthorizedException.class).hasMessageContaining("expired");
        assertThat(twitch.extensionChatMessages()).noneMatch(m -> m.text().equals("late"));
    }

    @Test
    void theCredentialsKeepTheSecretOutOfToStringAndRejectANonBase64One() {
        assertThat(credentials.toString()).contains(extension.id()).doesNotContain(extension.secret());
        assertThatThrownBy(() -> ExtensionCredentials.of(extension.id(), "not base64!", owner.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base64")
                .hasMessageNotContaining("not base64!");
    }

    private static void assertExternalClaims(Map<String, Object> claims) {
        assertThat(claims).containsEntry("role", "external").containsEntry("user_id", owner.id());
        long exp = ((Number) claims.get("exp")).longValue();
        long now = twitch.clock().instant().getEpochSecond();
        assertThat(exp).isBetween(now + 1, now + ExtensionCredentials.DEFAULT_TTL.toSeconds());
    }

    private static MockHelixRequest only(String route) {
        assertThat(twitch.helixRequests()).extracting(MockHelixRequest::route).containsExactly(route);
        return twitch.helixRequests().get(0);
    }

    private static JsonNode body(MockHelixRequest request) {
        return json(request.body());
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
