package dev.twitchkit.mock;

/**
 * A notification for a webhook shard of a conduit. The mock does not call webhook callbacks; it records
 * what it would have posted ({@link MockTwitch#webhookDeliveries()}).
 *
 * @param body the notification as the websocket envelope carries it
 */
public record WebhookDelivery(String conduitId, String shardId, String callback, String body) {
}
