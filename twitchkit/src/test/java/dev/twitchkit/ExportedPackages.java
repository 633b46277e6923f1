package dev.twitchkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The packages the library exports, read from its {@code module-info.java}: the public API the tests hold to. */
public final class ExportedPackages {
    /** The library's sources, relative to the module's folder (where the tests run). */
    public static final Path SOURCES = Path.of("src/main/java");

    private ExportedPackages() {
    }

    /** Every {@code exports} of {@code module-info.java}, in its order. */
    public static List<String> list() throws IOException {
        List<String> packages = new ArrayList<>();
        for (String line : Files.readAllLines(SOURCES.resolve("module-info.java"))) {
            String trimmed = line.trim();
            if (trimmed.startsWith("exports ")) {
                packages.add(trimmed.substring("exports ".length()).replace(";", "").trim());
            }
        }
        return packages;
    }
}
