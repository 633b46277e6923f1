package dev.twitchkit.helix.search;

/**
 * A category (game) Search Categories found.
 *
 * @param id the category's id
 * @param name the category's name
 * @param boxArtUrl an image of its box art
 */
public record Category(String id, String name, String boxArtUrl) {
}
