/**
 * EventSub over webhooks: {@link dev.twitchkit.webhook.WebhookReceiver} checks Twitch's signed callbacks (HMAC-SHA256,
 * the 10-minute age limit, message id dedupe, the challenge) for any HTTP stack, {@link
 * dev.twitchkit.webhook.WebhookServer} serves it on the JDK's built-in server, and {@link
 * dev.twitchkit.webhook.WebhookSecret} holds a subscription's signing secret. {@link dev.twitchkit.WebhookClient}
 * wires them to the same typed handlers as the socket clients.
 */
package dev.twitchkit.webhook;
