package dev.twitchkit.helix.games;

/**
 * A game or category as Twitch lists it.
 *
 * @param id the category's id
 * @param name the category's name
 * @param boxArtUrl the box art address, with a {@code {width}x{height}} placeholder to fill in
 * @param igdbId the game's IGDB id; empty when Twitch does not know it
 */
public record Game(String id, String name, String boxArtUrl, String igdbId) {
    /**
     * The box art address for a size.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     */
    public String boxArtUrl(int width, int height) {
        return boxArtUrl.replace("{width}", Integer.toString(width)).replace("{height}", Integer.toString(height));
    }
}
