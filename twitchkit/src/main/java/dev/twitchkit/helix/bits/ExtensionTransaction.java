package dev.twitchkit.helix.bits;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.twitchkit.helix.extensions.BitsCost;
import java.time.Instant;

/**
 * A purchase of an extension's Bits product.
 *
 * @param id the transaction's id
 * @param timestamp when it happened
 * @param broadcasterId the channel it happened on
 * @param broadcasterLogin the channel's login
 * @param broadcasterName the channel's display name
 * @param userId the buyer
 * @param userLogin the buyer's login
 * @param userName the buyer's display name
 * @param productType {@code BITS_IN_EXTENSION}
 * @param productData the product bought
 */
public record ExtensionTransaction(String id, Instant timestamp, String broadcasterId, String broadcasterLogin,
                                   String broadcasterName, String userId, String userLogin, String userName,
                                   String productType, ProductData productData) {
    /**
     * The product of a transaction (Twitch writes these members camelCased).
     *
     * @param sku the product's SKU
     * @param domain {@code twitch.ext.<extension id>}
     * @param cost what was paid
     * @param inDevelopment whether the product is in development
     * @param displayName the product's name
     * @param expiration always empty (only unexpired products can be bought)
     * @param broadcast whether the purchase was broadcast to every instance of the extension
     */
    public record ProductData(String sku, String domain, BitsCost cost,
                              @JsonProperty("inDevelopment") boolean inDevelopment,
                              @JsonProperty("displayName") String displayName, String expiration,
                              boolean broadcast) {
    }
}
