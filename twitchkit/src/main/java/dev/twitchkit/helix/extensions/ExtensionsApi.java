package dev.twitchkit.helix.extensions;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Extensions. Most endpoints take a JWT signed with the extension's secret rather than an OAuth token: their
 * methods take the extension's {@link ExtensionCredentials} and sign it per call (this API's token is not used);
 * live channels and released extensions take any token, Bits products the app token of the extension's client.
 * <pre>{@code
 * ExtensionCredentials extension = ExtensionCredentials.of(extensionClientId, base64Secret, ownerUserId);
 * app.application().extensions().sendExtensionChatMessage(extension, broadcasterId, "1.0.0", "GG!").join();
 * }</pre>
 */
public final class ExtensionsApi {
    /** Twitch's limit on a configuration segment's content and on a PubSub message, in bytes (5 KB). */
    public static final int MAX_CONTENT_BYTES = 5 * 1024;
    /** Twitch's limit on an extension chat message, in characters. */
    public static final int MAX_CHAT_LENGTH = 280;
    /** Twitch's shortest delay before a new secret activates, in seconds. */
    public static final int MIN_SECRET_DELAY_SECONDS = 300;
    /** Twitch's limit on a Bits product's SKU and display name, in characters. */
    public static final int MAX_PRODUCT_TEXT = 255;
    /** Twitch's range of a Bits product's price. */
    public static final int MIN_BITS = 1;
    /** Twitch's range of a Bits product's price. */
    public static final int MAX_BITS = 10_000;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern TARGET = Pattern.compile("broadcast|global|whisper-\\S+");
    private static final String CATEGORY = "Extensions";

    static final ListEndpoint<ConfigurationSegment> GET_CONFIGURATION = Endpoint.declare(CATEGORY,
                    "Get Extension Configuration Segment", "getExtensionConfigurationSegment")
            .route("GET", "/extensions/configurations").extensionJwt().data(ConfigurationSegment.class);
    static final Endpoint<Void> SET_CONFIGURATION = Endpoint.declare(CATEGORY,
                    "Set Extension Configuration Segment", "setExtensionConfigurationSegment")
            .route("PUT", "/extensions/configurations").extensionJwt().noContent();
    static final Endpoint<Void> SET_REQUIRED_CONFIGURATION = Endpoint.declare(CATEGORY,
                    "Set Extension Required Configuration", "setExtensionRequiredConfiguration")
            .route("PUT", "/extensions/required_configuration").extensionJwt().noContent();
    static final Endpoint<Void> SEND_PUBSUB = Endpoint.declare(CATEGORY, "Send Extension PubSub Message",
                    "sendExtensionPubSubMessage")
            .route("POST", "/extensions/pubsub").extensionJwt().noContent();
    static final ListEndpoint<LiveChannel> GET_LIVE_CHANNELS = Endpoint.declare(CATEGORY,
                    "Get Extension Live Channels", "getExtensionLiveChannels")
            .route("GET", "/extensions/live").list(LiveChannel.class, 100);
    static final ListEndpoint<ExtensionSecrets> GET_SECRETS = Endpoint.declare(CATEGORY, "Get Extension Secrets",
                    "getExtensionSecrets")
            .route("GET", "/extensions/jwt/secrets").extensionJwt().data(ExtensionSecrets.class);
    static final ListEndpoint<ExtensionSecrets> CREATE_SECRET = Endpoint.declare(CATEGORY,
                    "Create Extension Secret", "createExtensionSecret")
            .route("POST", "/extensions/jwt/secrets").extensionJwt().data(ExtensionSecrets.class);
    static final Endpoint<Void> SEND_CHAT = Endpoint.declare(CATEGORY, "Send Extension Chat Message",
                    "sendExtensionChatMessage")
            .route("POST", "/extensions/chat").extensionJwt().noContent();
    static final ListEndpoint<Extension> GET_EXTENSIONS = Endpoint.declare(CATEGORY, "Get Extensions",
                    "getExtensions")
            .route("GET", "/extensions").extensionJwt().data(Extension.class);
    static final ListEndpoint<Extension> GET_RELEASED = Endpoint.declare(CATEGORY, "Get Released Extensions",
                    "getReleasedExtensions")
            .route("GET", "/extensions/released").data(Extension.class);
    static final ListEndpoint<BitsProduct> GET_BITS_PRODUCTS = Endpoint.declare(CATEGORY,
                    "Get Extension Bits Products", "getExtensionBitsProducts")
            .route("GET", "/bits/extensions").appToken().data(BitsProduct.class);
    static final ListEndpoint<BitsProduct> UPDATE_BITS_PRODUCT = Endpoint.declare(CATEGORY,
                    "Update Extension Bits Product", "updateExtensionBitsProduct")
            .route("PUT", "/bits/extensions").appToken().data(BitsProduct.class);

    private final HelixApi api;

    /** The extension endpoints; JWT endpoints run on {@code api}'s Helix core with the extension's signature. */
    public ExtensionsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Configuration segments of the extension, in the order asked.
     *
     * @param broadcasterId the channel: required for the broadcaster and developer segments, null for global only
     * @param segments the segments to get (at least one)
     */
    public CompletableFuture<List<ConfigurationSegment>> getExtensionConfigurationSegment(
            ExtensionCredentials extension, String broadcasterId, Collection<SegmentType> segments) {
        Checks.notNull(extension, "extension");
        Checks.notNull(segments, "segments");
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("segments must name at least one segment");
        }
        segments.forEach(s -> Checks.notNull(s, "segment"));
        checkBroadcaster(broadcasterId, segments.stream().anyMatch(SegmentType::perChannel));
        HelixQuery query = HelixQuery.create().add("extension_id", extension.clientId())
                .add("broadcaster_id", broadcasterId).addAll("segment", segments.stream().distinct().toList());
        return GET_CONFIGURATION.data(api, extension.jwt(null, null), query, null);
    }

    /**
     * Sets a configuration segment (channels running the extension do not get the new value until reloaded).
     *
     * @param broadcasterId the channel for a broadcaster or developer segment; null for global
     * @param content plain text or a JSON string, at most 5 KB (UTF-8)
     * @param version the version of the segment's definition, or null for the latest
     */
    public CompletableFuture<Void> setExtensionConfigurationSegment(ExtensionCredentials extension,
                                                                    SegmentType segment, String broadcasterId,
                                                                    String content, String version) {
        Checks.notNull(extension, "extension");
        Checks.notNull(segment, "segment");
        checkBroadcaster(broadcasterId, segment.perChannel());
        checkSize(content, "content");
        return SET_CONFIGURATION.call(api, extension.jwt(null, null), null, Bodies.of(
                "extension_id", extension.clientId(), "segment", segment, "broadcaster_id", broadcasterId,
                "content", content, "version", version));
    }

    /** Sets the required-configuration string a broadcaster's configuration must match before activation. */
    public CompletableFuture<Void> setExtensionRequiredConfiguration(ExtensionCredentials extension,
                                                                     String broadcasterId, String extensionVersion,
                                                                     String requiredConfiguration) {
        Checks.notNull(extension, "extension");
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(extensionVersion, "extensionVersion");
        Checks.notNull(requiredConfiguration, "requiredConfiguration");
        return SET_REQUIRED_CONFIGURATION.call(api, extension.jwt(null, null),
                HelixQuery.create().add("broadcaster_id", broadcasterId), Bodies.of(
                        "extension_id", extension.clientId(), "extension_version", extensionVersion,
                        "required_configuration", requiredConfiguration));
    }

    /**
     * Sends a PubSub message to the extension's instances on one channel. The JWT carries {@code channel_id} =
     * the broadcaster and {@code pubsub_perms.send} = the targets.
     *
     * @param targets {@code broadcast} and/or {@code whisper-<user id>} (for every channel:
     *     {@link #sendGlobalExtensionPubSubMessage})
     * @param message plain text or a JSON string, at most 5 KB (UTF-8)
     */
    public CompletableFuture<Void> sendExtensionPubSubMessage(ExtensionCredentials extension, String broadcasterId,
                                                              List<String> targets, String message) {
        Checks.notNull(extension, "extension");
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(targets, "targets");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets must name at least one target");
        }
        for (String target : targets) {
            if (target == null || !TARGET.matcher(target).matches()) {
                throw new IllegalArgumentException("a target is broadcast or whisper-<user id>, got " + target);
            }
            if (target.equals("global")) {
                throw new IllegalArgumentException("the global target goes to every channel: use "
                        + "sendGlobalExtensionPubSubMessage");
            }
        }
        checkSize(message, "message");
        List<String> sendTo = List.copyOf(targets);
        return SEND_PUBSUB.call(api, extension.jwt(broadcasterId, sendTo), null, Bodies.of(
                "target", sendTo, "broadcaster_id", broadcasterId, "message", message));
    }

    /**
     * Sends a PubSub message to the extension's instances on every channel where it is active (target
     * {@code global}; the JWT carries {@code channel_id} {@code all}).
     *
     * @param message plain text or a JSON string, at most 5 KB (UTF-8)
     */
    public CompletableFuture<Void> sendGlobalExtensionPubSubMessage(ExtensionCredentials extension, String message) {
        Checks.notNull(extension, "extension");
        checkSize(message, "message");
        List<String> global = List.of("global");
        return SEND_PUBSUB.call(api, extension.jwt("all", global), null, Bodies.of(
                "target", global, "is_global_broadcast", true, "message", message));
    }

    /** Channels live with the extension installed or activated, 100 a page (any token). */
    public Paginator<LiveChannel> getExtensionLiveChannels(String extensionId) {
        Checks.notBlank(extensionId, "extensionId");
        return GET_LIVE_CHANNELS.paginate(api, HelixQuery.create().add("extension_id", extensionId));
    }

    /** The extension's shared secrets (their contents are base64, as {@link ExtensionCredentials#of} takes). */
    public CompletableFuture<List<ExtensionSecrets>> getExtensionSecrets(ExtensionCredentials extension) {
        Checks.notNull(extension, "extension");
        return GET_SECRETS.data(api, extension.jwt(null, null),
                HelixQuery.create().add("extension_id", extension.clientId()), null);
    }

    /** Creates a new secret that activates after Twitch's default delay (300 s); the current ones then expire. */
    public CompletableFuture<List<ExtensionSecrets>> createExtensionSecret(ExtensionCredentials extension) {
        return createExtensionSecret(extension, MIN_SECRET_DELAY_SECONDS);
    }

    /**
     * Creates a new secret; the current ones expire once it is active.
     *
     * @param delaySeconds seconds before the new secret activates, at least 300
     */
    public CompletableFuture<List<ExtensionSecrets>> createExtensionSecret(ExtensionCredentials extension,
                                                                           int delaySeconds) {
        Checks.notNull(extension, "extension");
        if (delaySeconds < MIN_SECRET_DELAY_SECONDS) {
            throw new IllegalArgumentException("delaySeconds must be at least " + MIN_SECRET_DELAY_SECONDS
                    + ", got " + delaySeconds);
        }
        return CREATE_SECRET.data(api, extension.jwt(null, null),
                HelixQuery.create().add("extension_id", extension.clientId()).add("delay", delaySeconds), null);
    }

    /**
     * Sends a chat message to the channel as the extension (the JWT's {@code channel_id} is the broadcaster).
     *
     * @param text 1 to 280 characters
     */
    public CompletableFuture<Void> sendExtensionChatMessage(ExtensionCredentials extension, String broadcasterId,
                                                            String extensionVersion, String text) {
        Checks.notNull(extension, "extension");
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(extensionVersion, "extensionVersion");
        Checks.notBlank(text, "text");
        if (text.length() > MAX_CHAT_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + MAX_CHAT_LENGTH + " characters, got "
                    + text.length());
        }
        return SEND_CHAT.call(api, extension.jwt(broadcasterId, null),
                HelixQuery.create().add("broadcaster_id", broadcasterId), Bodies.of(
                        "text", text, "extension_id", extension.clientId(), "extension_version", extensionVersion));
    }

    /**
     * The extension itself, in a version, or its latest released one when {@code version} is null (empty when
     * it has no released version).
     */
    public CompletableFuture<Optional<Extension>> getExtensions(ExtensionCredentials extension, String version) {
        Checks.notNull(extension, "extension");
        return GET_EXTENSIONS.data(api, extension.jwt(null, null), HelixQuery.create()
                        .add("extension_id", extension.clientId()).add("extension_version", version), null)
                .thenApply(list -> list.stream().findFirst());
    }

    /** A released extension (any token); {@code version} null for the latest. 404 when not released. */
    public CompletableFuture<Extension> getReleasedExtensions(String extensionId, String version) {
        Checks.notBlank(extensionId, "extensionId");
        return GET_RELEASED.single(api, HelixQuery.create().add("extension_id", extensionId)
                .add("extension_version", version), null);
    }

    /**
     * The extension's Bits products in SKU order (app token of the extension's client).
     *
     * @param includeAll whether to include disabled and expired products
     */
    public CompletableFuture<List<BitsProduct>> getExtensionBitsProducts(boolean includeAll) {
        return GET_BITS_PRODUCTS.data(api, HelixQuery.create().add("should_include_all", includeAll), null);
    }

    /** Adds a Bits product, or updates the one with its SKU (app token of the extension's client). */
    public CompletableFuture<BitsProduct> updateExtensionBitsProduct(BitsProduct product) {
        Checks.notNull(product, "product");
        Checks.notBlank(product.sku(), "sku");
        if (product.sku().length() > MAX_PRODUCT_TEXT || !SKU.matcher(product.sku()).matches()) {
            throw new IllegalArgumentException("sku must be at most " + MAX_PRODUCT_TEXT
                    + " letters, digits, '-', '_' or '.', got " + product.sku());
        }
        Checks.notNull(product.cost(), "cost");
        Checks.inRange(product.cost().amount(), MIN_BITS, MAX_BITS, "cost.amount");
        Checks.notBlank(product.cost().type(), "cost.type");
        Checks.notBlank(product.displayName(), "displayName");
        if (product.displayName().length() > MAX_PRODUCT_TEXT) {
            throw new IllegalArgumentException("displayName must be at most " + MAX_PRODUCT_TEXT
                    + " characters, got " + product.displayName().length());
        }
        return UPDATE_BITS_PRODUCT.single(api, null, product);
    }

    private static void checkBroadcaster(String broadcasterId, boolean perChannel) {
        if (perChannel) {
            Checks.notBlank(broadcasterId, "broadcasterId");
        } else if (broadcasterId != null) {
            throw new IllegalArgumentException("the global segment belongs to no channel: pass a null broadcasterId");
        }
    }

    private static void checkSize(String text, String name) {
        Checks.notNull(text, name);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_CONTENT_BYTES + " bytes, got "
                    + bytes);
        }
    }
}
