package dev.twitchkit.helix.subscriptions;

import dev.twitchkit.eventsub.event.SubTier;

/**
 * The token user's subscription to a broadcaster, as Check User Subscription reports it.
 *
 * @param broadcasterId the broadcaster's user id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param gifterId the gifter's user id; null when not a gift
 * @param gifterLogin the gifter's login name; null when not a gift
 * @param gifterName the gifter's display name; null when not a gift
 * @param isGift whether the subscription was gifted
 * @param tier tier 1, 2 or 3 ({@code 1000}, {@code 2000}, {@code 3000})
 */
public record UserSubscription(String broadcasterId, String broadcasterLogin, String broadcasterName,
                               String gifterId, String gifterLogin, String gifterName, boolean isGift, SubTier tier) {
}
