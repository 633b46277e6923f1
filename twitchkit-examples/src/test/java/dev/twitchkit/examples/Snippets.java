package dev.twitchkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The README snippets of the example sources: the lines between {@code // README:name} and {@code // README:end},
 * less the indentation of the marker.
 */
final class Snippets {
    /** The examples, and the tests that are README examples themselves (a test with the mock's extension). */
    static final List<Path> SOURCES = List.of(Path.of("src/main/java/dev/twitchkit/examples"),
            Path.of("src/test/java/dev/twitchkit/examples"));
    private static final String START = "// README:";
    private static final String END = "// README:end";

    private Snippets() {
    }

    /** Every snippet of every example source, by name. */
    static Map<String, String> all() {
        Map<String, String> snippets = new LinkedHashMap<>();
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    snippets.putAll(of(Files.readAllLines(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snippets;
    }

    /** The snippets of one source's lines. */
    static Map<String, String> of(List<String> lines) {
        Map<String, String> snippets = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String marker = lines.get(i).strip();
            if (!marker.startsWith(START) || marker.equals(END)) {
                continue;
            }
            int indent = lines.get(i).indexOf(START);
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (!lines.get(j).strip().equals(END)) {
                String line = lines.get(j++);
                body.add(line.length() >= indent ? line.substring(indent) : line.strip());
            }
            snippets.put(marker.substring(START.length()), String.join("\n", body));
            i = j;
        }
        return snippets;
    }

    /** The repository's README.md (the module runs one level below it). */
    static String readme() {
        try {
            return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
