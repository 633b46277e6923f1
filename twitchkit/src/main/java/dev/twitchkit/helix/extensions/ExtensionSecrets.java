package dev.twitchkit.helix.extensions;

import java.util.List;

/**
 * An extension's shared secrets, oldest first.
 *
 * @param formatVersion the version of the secrets' format
 * @param secrets the secrets; after Create Extension Secret the old ones expire and the new one activates later
 */
public record ExtensionSecrets(int formatVersion, List<ExtensionSecret> secrets) {
    /** Copies the collections; null counts as empty. */
    public ExtensionSecrets {
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }
}
