package dev.twitchkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One run's figures: a JSON line {@code {"bench":…,"library":…,…}} appended to the results file. */
public final class Result {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Result(String bench, String library) {
        values.put("bench", bench);
        values.put("library", library);
    }

    public Result put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public String toJson() {
        return JsonMapper.builder().build().writeValueAsString(values);
    }

    /** Appends this result as one line (the file is created when missing) and echoes it. */
    public void appendTo(Path file) {
        String line = toJson();
        System.out.println(line);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
