package dev.twitchkit.mock.internal.world;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One extension and everything Twitch keeps about it: its shared secrets (which verify the JWTs its backend signs),
 * configuration segments, required configurations, the channels where it is live, its Bits products and
 * transactions, and the chat and PubSub messages it sent. Thread-safe: every method locks the extension.
 */
public final class ExtensionState {
    /** How long a secret stays valid when nothing replaces it (Twitch: about a century). */
    static final Duration SECRET_LIFETIME = Duration.ofDays(365 * 100);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final String ownerId;
    private final String version;
    private final List<Secret> secrets = new ArrayList<>();
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final Map<String, RequiredConfiguration> required = new LinkedHashMap<>();
    private final Map<String, LiveChannel> live = new LinkedHashMap<>();
    private final Map<String, BitsProduct> products = new TreeMap<>();
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<SentMessage> chat = new ArrayList<>();
    private final List<SentMessage> pubsub = new ArrayList<>();

    ExtensionState(String id, String ownerId, String version, Instant now) {
        this.id = id;
        this.ownerId = ownerId;
        this.version = version;
        secrets.add(new Secret(newSecret(), now, now.plus(SECRET_LIFETIME)));
    }


    /**
     * A shared secret and when it signs.
     *
     * @param content base64 of the secret's bytes
     */
    public record Secret(String content, Instant activeAt, Instant expiresAt) {
        /** Whether it verifies JWTs at {@code now}. */
        public boolean activeAt(Instant now) {
            return !now.isBefore(activeAt) && now.isBefore(expiresAt);
        }

        /** The secret's bytes. */
        public byte[] bytes() {
            return Base64.getDecoder().decode(content);
        }
    }

    /** A configuration segment's value. */
    public record Segment(String segment, String broadcasterId, String content, String version) {
    }

    /** A channel's required configuration for one version. */
    public record RequiredConfiguration(String broadcasterId, String version, String value) {
    }

    /** A channel live with the extension. */
    public record LiveChannel(String broadcasterId, String gameId, String gameName, String title) {
    }

    /** A Bits product; {@code expiration} null when it does not expire. */
    public record BitsProduct(String sku, int amount, String currency, boolean inDevelopment, String displayName,
                              Instant expiration, boolean broadcast) {
        /** Whether it can be bought at {@code now}. */
        public boolean activeAt(Instant now) {
            return expiration == null || now.isBefore(expiration);
        }
    }

    /** A purchase of a Bits product. */
    public record Transaction(String id, Instant timestamp, String broadcasterId, String userId,
                              BitsProduct product) {
    }

    /** A chat or PubSub message the extension sent; {@code broadcasterId} null for a global PubSub message. */
    public record SentMessage(String broadcasterId, List<String> targets, String text) {
    }

    /** Everything the extension holds, as a saved world ({@link WorldSnapshot}) keeps it. */
    record Saved(String id, String ownerId, String version, List<Secret> secrets, Map<String, Segment> segments,
                 Map<String, RequiredConfiguration> required, Map<String, LiveChannel> live,
                 Map<String, BitsProduct> products, List<Transaction> transactions, List<SentMessage> chat,
                 List<SentMessage> pubsub) {
    }

    /** A copy of everything, taken under the extension's lock like every other read. */
    @JsonValue
    synchronized Saved saved() {
        return new Saved(id, ownerId, version, List.copyOf(secrets), new LinkedHashMap<>(segments),
                new LinkedHashMap<>(required), new LinkedHashMap<>(live), new LinkedHashMap<>(products),
                List.copyOf(transactions), List.copyOf(chat), List.copyOf(pubsub));
    }

    /** The extension a saved world held, as it was. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ExtensionState restored(Saved saved) {
        ExtensionState extension = new ExtensionState(saved.id(), saved.ownerId(), saved.version());
        extension.secrets.addAll(saved.secrets());
        extension.segments.putAll(saved.segments());
        extension.required.putAll(saved.required());
        extension.live.putAll(saved.live());
        extension.products.putAll(saved.products());
        extension.transactions.addAll(saved.transactions());
        extension.chat.addAll(saved.chat());
        extension.pubsub.addAll(saved.pubsub());
        return extension;
    }

    private ExtensionState(String id, String ownerId, String version) {
        this.id = id;
        this.ownerId = ownerId;
        this.version = version;
    }

    /** Its id, which is also its client id. */
    public String id() {
        return id;
    }

    /** The user who owns it. */
    public String ownerId() {
        return ownerId;
    }

    /** Its released version. */
    public String version() {
        return version;
    }

    /** The secrets, oldest first. */
    public synchronized List<Secret> secrets() {
        return List.copyOf(secrets);
    }

    /**
     * Adds a secret active after {@code delay}; the current ones expire then, as Twitch rotates them.
     */
    public synchronized List<Secret> rotateSecret(Instant now, Duration delay) {
        Instant activeAt = now.plus(delay);
        secrets.replaceAll(s -> s.expiresAt().isAfter(activeAt) ? new Secret(s.content(), s.activeAt(), activeAt) : s);
        secrets.add(new Secret(newSecret(), activeAt, activeAt.plus(SECRET_LIFETIME)));
        return List.copyOf(secrets);
    }

    /** The segment of a channel ({@code broadcasterId} null for global), if set. */
    public synchronized Optional<Segment> segment(String segment, String broadcasterId) {
        return Optional.ofNullable(segments.get(segmentKey(segment, broadcasterId)));
    }

    /** Sets a segment (of a channel, or global when {@code broadcasterId} is null). */
    public synchronized void setSegment(Segment value) {
        segments.put(segmentKey(value.segment(), value.broadcasterId()), value);
    }

    /** A channel's required configuration, if set. */
    public synchronized Optional<RequiredConfiguration> requiredConfiguration(String broadcasterId) {
        return Optional.ofNullable(required.get(broadcasterId));
    }

    /** Sets a channel's required configuration. */
    public synchronized void setRequiredConfiguration(RequiredConfiguration value) {
        required.put(value.broadcasterId(), value);
    }

    /** Marks a channel live with the extension (replacing what was there). */
    public synchronized void goLive(LiveChannel channel) {
        live.put(channel.broadcasterId(), channel);
    }

    /** The channels live with it, in the order they went live. */
    public synchronized List<LiveChannel> liveChannels() {
        return List.copyOf(live.values());
    }

    /** The products in SKU order. */
    public synchronized List<BitsProduct> products() {
        return List.copyOf(products.values());
    }

    /** A product by SKU. */
    public synchronized Optional<BitsProduct> product(String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    /** Adds a product or replaces the one with its SKU. */
    public synchronized void putProduct(BitsProduct product) {
        products.put(product.sku(), product);
    }

    /** Records a purchase. */
    public synchronized void addTransaction(Transaction transaction) {
        transactions.add(transaction);
    }

    /** Transactions, newest first. */
    public synchronized List<Transaction> transactions() {
        List<Transaction> out = new ArrayList<>(transactions);
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** Records a chat message it sent. */
    public synchronized void addChat(SentMessage message) {
        chat.add(message);
    }

    /** The chat messages it sent, oldest first. */
    public synchronized List<SentMessage> chat() {
        return List.copyOf(chat);
    }

    /** Records a PubSub message it sent. */
    public synchronized void addPubSub(SentMessage message) {
        pubsub.add(message);
    }

    /** The PubSub messages it sent, oldest first. */
    public synchronized List<SentMessage> pubsub() {
        return List.copyOf(pubsub);
    }

    private static String segmentKey(String segment, String broadcasterId) {
        return segment + "/" + (broadcasterId == null ? "" : broadcasterId);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
