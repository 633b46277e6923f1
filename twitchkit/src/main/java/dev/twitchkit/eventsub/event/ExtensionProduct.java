package dev.twitchkit.eventsub.event;

/**
 * The extension product bought with Bits.
 *
 * @param name {@code name}
 * @param sku {@code sku}
 * @param bits {@code bits}
 * @param inDevelopment {@code in_development}
 */
public record ExtensionProduct(
        String name,
        String sku,
        int bits,
        boolean inDevelopment) {
}
