package dev.twitchkit.webhook.internal;

import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.internal.decode.Message;

/** Where a {@link WebhookEndpoint} hands what passed its checks: the client that owns the subscriptions. */
public interface WebhookSink {

    /** Whether this client asked for {@code subscription}, so its challenge may be answered. */
    boolean expects(SubscriptionMetadata subscription);

    /** A verified, first-seen notification; its events are bound on the dispatch thread. */
    void notification(Message.Notification notification);

    /** A verified revocation: the subscription is gone. */
    void revoked(SubscriptionMetadata subscription);
}
