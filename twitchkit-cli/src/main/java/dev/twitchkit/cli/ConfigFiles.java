package dev.twitchkit.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the CLI keeps its files: {@code $XDG_CONFIG_HOME/twitchkit} or {@code ~/.config/twitchkit}, holding
 * {@code tokens.json} (real Twitch), {@code mock-tokens.json} (the mock) and an optional {@code config.properties}
 * with {@code client_id} and {@code client_secret} (the secret left out for a public client).
 */
final class ConfigFiles {
    private ConfigFiles() {
    }

    static Path directory() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("twitchkit");
    }

    static Path defaultTokenFile(boolean mock) {
        return directory().resolve(mock ? "mock-tokens.json" : "tokens.json");
    }

    /**
     * Creates the directory of a token file readable by its owner only when it does not exist yet (the store makes
     * the file itself owner-only); an existing directory is left as the user set it.
     */
    static void prepareTokenDirectory(Path tokenFile) {
        Path dir = tokenFile.toAbsolutePath().getParent();
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw CliException.usage("cannot create " + dir + " for the token file: " + e.getMessage());
        }
    }

    /** A value of {@code config.properties}; empty when the file or the key is absent. */
    static Optional<String> setting(String key) {
        Path file = directory().resolve("config.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw CliException.usage("cannot read " + file + ": " + e.getMessage());
        }
        return Optional.ofNullable(properties.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
