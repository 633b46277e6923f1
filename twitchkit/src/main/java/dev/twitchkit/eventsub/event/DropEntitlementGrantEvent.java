package dev.twitchkit.eventsub.event;

/**
 * A Drop entitlement was granted to a user (one element of the batched events array).
 *
 * <p>EventSub type {@code drop.entitlement.grant}, version {@code 1}.
 * Twitch batches these: one notification carries a list of them.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param data {@code data}
 */
public record DropEntitlementGrantEvent(
        String id,
        DropEntitlement data) implements EventSubEvent {
}
