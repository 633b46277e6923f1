package dev.twitchkit.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON lines of the end-to-end runs, with the selections and medians the report needs. */
final class Results {
    private final List<JsonNode> rows = new ArrayList<>();

    static Results read(Path file) throws IOException {
        Results results = new Results();
        if (Files.exists(file)) {
            JsonMapper json = JsonMapper.builder().build();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    results.rows.add(json.readTree(line));
                }
            }
        }
        return results;
    }

    List<JsonNode> of(String bench, String library) {
        return rows.stream().filter(r -> r.path("bench").asString().equals(bench)
                && r.path("library").asString().equals(library)).toList();
    }

    /** The median of a numeric field over the runs of (bench, library); empty when there is none. */
    Optional<Double> median(String bench, String library, String field) {
        return median(of(bench, library).stream().filter(r -> r.has(field))
                .mapToDouble(r -> r.get(field).asDouble()).toArray());
    }

    /** Every value of a field over the runs, in run order. */
    List<Double> values(String bench, String library, String field) {
        return of(bench, library).stream().filter(r -> r.has(field)).map(r -> r.get(field).asDouble()).toList();
    }

    /** The median of a field among the runs whose {@code key} equals {@code value}. */
    Optional<Double> medianWhere(String bench, String library, String key, int value, String field) {
        return median(of(bench, library).stream().filter(r -> r.path(key).asInt() == value && r.has(field))
                .mapToDouble(r -> r.get(field).asDouble()).toArray());
    }

    /** The sum of a field over the runs. */
    long sum(String bench, String library, String field) {
        return of(bench, library).stream().mapToLong(r -> r.path(field).asLong()).sum();
    }

    static Optional<Double> median(double[] values) {
        if (values.length == 0) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return Optional.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }
}
