package dev.twitchkit.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of runtime jars (a library and its resolved runtime dependencies): how many, how big, which. */
record Closure(List<String> jars, long bytes) {

    static Closure of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new Closure(List.of(), 0);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            long bytes = 0;
            for (Path jar : jars) {
                bytes += Files.size(jar);
            }
            return new Closure(jars.stream().map(p -> p.getFileName().toString()).toList(), bytes);
        }
    }
}
