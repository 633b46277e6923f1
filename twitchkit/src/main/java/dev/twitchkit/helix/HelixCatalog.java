package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every Helix endpoint twitchkit declares, read from the groups of {@link HelixApi}: a group is a method of
 * {@code HelixApi} returning a class of this package's subpackages, and its endpoints are that class's static
 * {@link Endpoint} constants. {@code docs/helix-catalog.md} is {@link #markdown()}; a test keeps it in step.
 */
public final class HelixCatalog {
    private HelixCatalog() {
    }

    /**
     * One endpoint and where it is called from.
     *
     * @param endpoint the declaration
     * @param group the {@code HelixApi} method that returns its group, e.g. {@code moderation}
     */
    public record Entry(Endpoint<?> endpoint, String group) {
        /** {@code moderation().banUser}: how a user calls it. */
        public String javaCall() {
            return group + "()." + endpoint.javaMethod();
        }
    }

    /** Every declared endpoint, by category, path and method. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Method accessor : HelixApi.class.getMethods()) {
            Class<?> group = accessor.getReturnType();
            if (accessor.getParameterCount() == 0 && isGroup(group)) {
                for (Field field : group.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && Endpoint.class.isAssignableFrom(field.getType())) {
                        entries.add(new Entry(read(field), accessor.getName()));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.endpoint().category())
                .thenComparing(e -> e.endpoint().path()).thenComparing(e -> e.endpoint().method()));
        return List.copyOf(entries);
    }

    /** The catalog as the Markdown of {@code docs/helix-catalog.md}. */
    public static String markdown() {
        List<Entry> entries = entries();
        StringBuilder out = new StringBuilder()
                .append("# Helix endpoints\n\n")
                .append("Generated from the endpoint declarations (`HelixCatalog.markdown()`); a test keeps it in step. ")
                .append(entries.size()).append(" endpoints. Each is one method on a group of `HelixApi`; ")
                .append("scopes: any one of those listed; page size: the most items per page of a list endpoint.\n\n")
                .append("| category | endpoint | method | path | Java | scopes | tokens | page size |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            Endpoint<?> e = entry.endpoint();
            String name = switch (e.status()) {
                case BETA -> e.name() + " (beta)";
                case DEPRECATED -> e.name() + " (deprecated)";
                case STABLE -> e.name();
            };
            out.append("| ").append(e.category())
                    .append(" | ").append(name)
                    .append(" | ").append(e.method())
                    .append(" | `").append(e.path()).append('`')
                    .append(" | `").append(entry.javaCall()).append('`')
                    .append(" | ").append(e.scopes().isEmpty() ? "—" : e.scopes().stream().map(Scope::value).sorted()
                            .collect(Collectors.joining(" / ")))
                    .append(" | ").append(e.tokens().stream().sorted().map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(e.pageSize() == 0 ? "" : Integer.toString(e.pageSize()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static boolean isGroup(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.startsWith(HelixApi.class.getPackageName() + ".")
                && Arrays.stream(type.getDeclaredFields()).anyMatch(f -> Endpoint.class.isAssignableFrom(f.getType()));
    }

    private static Endpoint<?> read(Field field) {
        try {
            field.setAccessible(true); // package-private constants of this module's own packages
            return (Endpoint<?>) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read endpoint " + field, e);
        }
    }
}
