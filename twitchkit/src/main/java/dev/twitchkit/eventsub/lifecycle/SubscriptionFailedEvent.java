package dev.twitchkit.eventsub.lifecycle;

import java.util.Map;

/**
 * A subscription could not be created (a limit, a missing scope, Twitch's refusal); the client no longer tries.
 *
 * @param type the subscription type
 * @param version the subscription version
 * @param condition its condition
 * @param cause why
 */
public record SubscriptionFailedEvent(String type, String version, Map<String, String> condition, Throwable cause)
        implements LifecycleEvent {
    /** Checks the type and cause are given. */
    public SubscriptionFailedEvent {
        condition = Map.copyOf(condition);
    }
}
