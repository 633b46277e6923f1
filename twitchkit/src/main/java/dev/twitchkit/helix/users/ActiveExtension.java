package dev.twitchkit.helix.users;

/**
 * What one extension slot holds.
 *
 * @param active whether an extension is active in the slot
 * @param id the extension id; null when inactive
 * @param version the extension version; null when inactive
 * @param name the extension's name (in answers; not sent in updates); null when inactive
 * @param x the x coordinate of a component extension; null for other slots
 * @param y the y coordinate of a component extension; null for other slots
 */
public record ActiveExtension(boolean active, String id, String version, String name, Integer x, Integer y) {
    /** An empty slot, to deactivate what it held. */
    public static ActiveExtension inactive() {
        return new ActiveExtension(false, null, null, null, null, null);
    }

    /** A panel or overlay slot holding this extension. */
    public static ActiveExtension of(String id, String version) {
        return new ActiveExtension(true, id, version, null, null, null);
    }

    /** A component slot holding this extension at (x, y). */
    public static ActiveExtension component(String id, String version, int x, int y) {
        return new ActiveExtension(true, id, version, null, x, y);
    }
}
