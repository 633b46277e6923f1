package dev.twitchkit.helix.users;

import java.util.List;

/**
 * An extension a user has installed.
 *
 * @param id the extension id
 * @param version the installed version
 * @param name the extension's name
 * @param canActivate whether it is configured and can be activated
 * @param type where it can be activated
 */
public record InstalledExtension(String id, String version, String name, boolean canActivate,
                                 List<ExtensionType> type) {
    /** Copies the collections; null counts as empty. */
    public InstalledExtension {
        type = type == null ? List.of() : List.copyOf(type);
    }
}
