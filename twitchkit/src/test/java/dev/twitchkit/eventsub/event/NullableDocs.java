package dev.twitchkit.eventsub.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which record components the library documents as nullable, read from the records' Javadoc ({@code @param x ...;
 * may be null: ...}). The fixture tests hold the documentation, the fixtures and the component types to one another:
 * what Twitch may send as null is documented, shown null in a fixture, and arrives as null.
 */
final class NullableDocs {
    private static final String MAY_BE_NULL = "may be null";
    private static final String EMPTY_WHEN_NONE = "empty when Twitch sends none";
    private static final Map<Class<?>, Map<String, String>> PARAMS = new ConcurrentHashMap<>();

    private NullableDocs() {
    }

    /** Whether the component's Javadoc allows a JSON null there. */
    static boolean allowsNull(RecordChecks.Component component) {
        String doc = params(component.record()).getOrDefault(component.name(), "");
        return doc.contains(MAY_BE_NULL) || doc.contains(EMPTY_WHEN_NONE);
    }

    /**
     * The documented-nullable components reachable from {@code root} that a fixture with every nullable field null
     * must send as null. A nullable component whose record has nullable components of its own is left out: such a
     * fixture keeps it, to show those null.
     */
    static Set<RecordChecks.Component> mustBeSentNull(Class<?> root) {
        Set<RecordChecks.Component> out = new LinkedHashSet<>();
        for (Class<?> record : reachableRecords(root)) {
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> target = recordOf(component.getGenericType());
                boolean keptForItsNulls = target != null && hasNullable(target);
                if (mayBeNull(record, component.getName()) && !keptForItsNulls) {
                    out.add(new RecordChecks.Component(record, component.getName()));
                }
            }
        }
        return out;
    }

    private static boolean hasNullable(Class<?> root) {
        return reachableRecords(root).stream().anyMatch(record -> Arrays.stream(record.getRecordComponents())
                .anyMatch(component -> mayBeNull(record, component.getName())));
    }

    private static boolean mayBeNull(Class<?> record, String component) {
        return params(record).getOrDefault(component, "").contains(MAY_BE_NULL);
    }

    /** {@code root} and every record its components hold, directly or in lists; closed sets are values. */
    private static Set<Class<?>> reachableRecords(Class<?> root) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        collect(root, seen);
        return seen;
    }

    private static void collect(Class<?> record, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> target = recordOf(component.getGenericType());
            if (target != null) {
                collect(target, seen);
            }
        }
    }

    /** The record a component holds, itself or as list elements; null for anything else. */
    private static Class<?> recordOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return recordOf(parameterized.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c && c.isRecord() && !RecordChecks.isClosedSet(c) ? c : null;
    }

    /** The record's {@code @param} texts by component name, whitespace collapsed. */
    private static Map<String, String> params(Class<?> record) {
        return PARAMS.computeIfAbsent(record, NullableDocs::readParams);
    }

    private static Map<String, String> readParams(Class<?> record) {
        Path source = EventCatalog.repositoryRoot().resolve("twitchkit/src/main/java")
                .resolve(record.getName().replace('.', '/') + ".java");
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Javadoc of " + record.getName(), e);
        }
        Matcher javadoc = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public record "
                + record.getSimpleName() + "\\b", Pattern.DOTALL).matcher(text);
        if (!javadoc.find()) {
            throw new AssertionError("no Javadoc before record " + record.getSimpleName() + " in " + source);
        }
        String flat = javadoc.group(1).replaceAll("\\n\\s*\\*", " ").replaceAll("\\s+", " ");
        Map<String, String> params = new LinkedHashMap<>();
        String[] pieces = flat.split("@param ");
        for (int i = 1; i < pieces.length; i++) { // pieces[0] is the description before the first @param
            int space = pieces[i].indexOf(' ');
            params.put(pieces[i].substring(0, space), pieces[i].substring(space + 1));
        }
        return params;
    }
}
