package dev.twitchkit.helix.extensions;

import java.time.Instant;

/**
 * A Bits product of an extension: what Get Extension Bits Products returns and Update Extension Bits Product
 * takes (it adds the product when the SKU is new).
 *
 * @param sku the SKU, unique within the extension: letters, digits, {@code - _ .}, at most 255 characters
 * @param cost the price (1 to 10,000 Bits)
 * @param inDevelopment whether the product is still in development, not for public use
 * @param displayName the name shown in the extension, at most 255 characters
 * @param expiration when it expires; null when it does not (a past date disables it)
 * @param isBroadcast whether purchases are broadcast to every instance of the extension on the channel
 */
public record BitsProduct(String sku, BitsCost cost, boolean inDevelopment, String displayName, Instant expiration,
                          boolean isBroadcast) {
}
