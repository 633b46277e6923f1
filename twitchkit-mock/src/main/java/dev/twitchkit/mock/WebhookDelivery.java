package dev.twitchkit.mock;

/**
 * A notification for a webhook: a webhook subscription, or a webhook shard of a conduit. The mock records every
 * one ({@link MockTwitch#webhookDeliveries()}), and POSTs those whose callback is on this machine
 * ({@link MockTwitch#webhookCalls()}).
 *
 * @param conduitId the conduit, or null for a webhook subscription
 * @param shardId the shard, or null for a webhook subscription
 * @param body the notification in the websocket envelope ({@code metadata} + {@code payload}); a real webhook
 *     carries the metadata in {@code Twitch-Eventsub-Message-*} headers and the payload as body
 */
public record WebhookDelivery(String conduitId, String shardId, String callback, String body) {
}
