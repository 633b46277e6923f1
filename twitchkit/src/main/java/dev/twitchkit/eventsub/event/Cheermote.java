package dev.twitchkit.eventsub.event;

/**
 * A cheermote inside a message.
 *
 * @param prefix {@code prefix}
 * @param bits {@code bits}
 * @param tier {@code tier}
 */
public record Cheermote(
        String prefix,
        int bits,
        int tier) {
}
