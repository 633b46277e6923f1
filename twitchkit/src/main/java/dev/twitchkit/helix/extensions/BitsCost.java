package dev.twitchkit.helix.extensions;

/**
 * What a Bits product costs.
 *
 * @param amount the price
 * @param type the currency: {@code bits}
 */
public record BitsCost(int amount, String type) {
    /** A price in Bits. */
    public static BitsCost bits(int amount) {
        return new BitsCost(amount, "bits");
    }
}
