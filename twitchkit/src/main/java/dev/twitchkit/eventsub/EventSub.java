package dev.twitchkit.eventsub;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A client's EventSub subscriptions: one typed method per modelled type, and {@link #subscribe} for any type and
 * version (an unmodelled one arrives as a {@link dev.twitchkit.eventsub.event.RawEvent}).
 *
 * <p>Each method completes when Twitch has created the subscription. It may be called before the socket exists:
 * the socket opens with the first subscription and what was asked before its welcome is created right after it.
 * A subscription over Twitch's limits (cost, 300 per socket, 3 sockets) fails at once with a
 * {@link SubscriptionException} without asking Twitch.
 */
public interface EventSub {

    /** The logged-in user, the default for user ids below. */
    String userId();

    /**
     * Subscribes to any type and version.
     *
     * @param condition Twitch's condition fields, e.g. {@code broadcaster_user_id}
     */
    CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition);

    /** Deletes a subscription at Twitch; its events stop. */
    CompletableFuture<Void> unsubscribe(Subscription subscription);

    /** The subscriptions Twitch holds for this client now. */
    List<Subscription> subscriptions();

    /** Their summed cost, counted against Twitch's {@code max_total_cost}. */
    int totalCost();

    /** {@code channel.follow} v2: someone follows {@code broadcasterUserId}; needs a moderator's token. */
    default CompletableFuture<Subscription> channelFollow(String broadcasterUserId, String moderatorUserId) {
        return subscribe("channel.follow", "2",
                Map.of("broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId));
    }

    /** {@code channel.follow} v2 with the logged-in user as moderator. */
    default CompletableFuture<Subscription> channelFollow(String broadcasterUserId) {
        return channelFollow(broadcasterUserId, userId());
    }

    /** {@code channel.chat.message} v1: a chat message in {@code broadcasterUserId}'s chat, read as {@code userId}. */
    default CompletableFuture<Subscription> channelChatMessage(String broadcasterUserId, String userId) {
        return subscribe("channel.chat.message", "1",
                Map.of("broadcaster_user_id", broadcasterUserId, "user_id", userId));
    }

    /** {@code channel.chat.message} v1 read as the logged-in user. */
    default CompletableFuture<Subscription> channelChatMessage(String broadcasterUserId) {
        return channelChatMessage(broadcasterUserId, userId());
    }

    /** {@code stream.online} v1. */
    default CompletableFuture<Subscription> streamOnline(String broadcasterUserId) {
        return subscribe("stream.online", "1", Map.of("broadcaster_user_id", broadcasterUserId));
    }

    /** {@code stream.offline} v1. */
    default CompletableFuture<Subscription> streamOffline(String broadcasterUserId) {
        return subscribe("stream.offline", "1", Map.of("broadcaster_user_id", broadcasterUserId));
    }

    /** {@code channel.subscribe} v1: a new subscriber of {@code broadcasterUserId}. */
    default CompletableFuture<Subscription> channelSubscribe(String broadcasterUserId) {
        return subscribe("channel.subscribe", "1", Map.of("broadcaster_user_id", broadcasterUserId));
    }
}
