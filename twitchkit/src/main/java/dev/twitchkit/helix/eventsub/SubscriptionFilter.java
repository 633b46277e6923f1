package dev.twitchkit.helix.eventsub;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.helix.HelixQuery;

/**
 * The filter of Get EventSub Subscriptions. Twitch accepts at most one of status, type, user id and
 * subscription id at a time; the factories make that the only possibility.
 */
public final class SubscriptionFilter {
    private final String name;
    private final String value;

    private SubscriptionFilter(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /** No filter: every subscription. */
    public static SubscriptionFilter all() {
        return new SubscriptionFilter(null, null);
    }

    /** By status, e.g. {@code enabled}. */
    public static SubscriptionFilter status(String status) {
        return new SubscriptionFilter("status", Checks.notBlank(status, "status"));
    }

    /** By type, e.g. {@code channel.follow}. */
    public static SubscriptionFilter type(String type) {
        return new SubscriptionFilter("type", Checks.notBlank(type, "type"));
    }

    /** Subscriptions whose condition names this user. */
    public static SubscriptionFilter userId(String userId) {
        return new SubscriptionFilter("user_id", Checks.notBlank(userId, "userId"));
    }

    /** One subscription by id. */
    public static SubscriptionFilter subscriptionId(String id) {
        return new SubscriptionFilter("subscription_id", Checks.notBlank(id, "subscriptionId"));
    }

    HelixQuery toQuery() {
        return name == null ? HelixQuery.create() : HelixQuery.create().add(name, value);
    }

    @Override
    public String toString() {
        return name == null ? "SubscriptionFilter[all]" : "SubscriptionFilter[" + name + "=" + value + "]";
    }
}
