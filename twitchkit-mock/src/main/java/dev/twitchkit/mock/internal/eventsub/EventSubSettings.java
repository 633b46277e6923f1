package dev.twitchkit.mock.internal.eventsub;

import java.time.Duration;

/**
 * What the EventSub side of the mock is configured with: the protocol's timers and limits and the webhook
 * delivery policy. The mock's builder makes one; the EventSub server never sees the builder.
 *
 * @param minKeepalive the smallest keepalive a client may ask for
 * @param defaultKeepalive the keepalive of a client that asks for none
 * @param requireSubscription whether an unused socket is closed with 4003
 * @param subscriptionTimeout how long a socket may stay without a subscription
 * @param shardAssociationTimeout how long a socket may stay without a conduit shard
 * @param pingInterval how often sockets are pinged
 * @param reconnectGrace how long an old socket may stay open after {@code session_reconnect}
 * @param messageIdHistory how many message ids the send counters remember
 * @param webhookRetries retries of a webhook call that failed
 * @param webhookFirstRetryDelay the delay before the first retry (doubling after)
 * @param webhookTimeout how long a webhook call may take
 * @param webhookFailureLimit messages in a row that ran out of retries before a webhook target is given up
 */
public record EventSubSettings(Duration minKeepalive, Duration defaultKeepalive, boolean requireSubscription,
                               Duration subscriptionTimeout, Duration shardAssociationTimeout, Duration pingInterval,
                               Duration reconnectGrace, int messageIdHistory, int webhookRetries,
                               Duration webhookFirstRetryDelay, Duration webhookTimeout, int webhookFailureLimit) {
}
