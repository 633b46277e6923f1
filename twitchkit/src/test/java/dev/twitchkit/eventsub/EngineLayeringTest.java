package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ExportedPackages;

import dev.twitchkit.ClientUser;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's one-way flow, checked on the sources: socket → decode → session → dispatch, with subscriptions on
 * the side; no stage imports a later one, and only the front door ({@code ClientUser}) knows them all. Public
 * signatures of every exported package (every public or protected member, supertype and field) never mention an
 * internal type.
 */
class EngineLayeringTest {
    private static final Path INTERNAL = Path.of("src/main/java/dev/twitchkit/eventsub/internal");
    private static final String P = "dev.twitchkit.eventsub.internal.";

    /** For each stage, the packages it must not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "socket", List.of(P + "decode", P + "session", P + "dispatch", P + "subscription", "dev.twitchkit.helix"),
            "decode", List.of(P + "socket", P + "session", P + "dispatch", P + "subscription", "dev.twitchkit.helix"),
            "session", List.of(P + "dispatch", P + "subscription", "dev.twitchkit.helix", "dev.twitchkit.auth"),
            "dispatch", List.of(P + "socket", P + "decode", P + "session", P + "subscription", "dev.twitchkit.helix"),
            "subscription", List.of(P + "socket", P + "decode", P + "session", P + "dispatch"));

    @Test
    void noStageImportsALaterOne() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> stage : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(INTERNAL.resolve(stage.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import ") && stage.getValue().stream().anyMatch(line::contains)) {
                            violations.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void publicSignaturesNeverMentionInternalTypes() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            if (type.getGenericSuperclass() != null) {
                check(type, "extends", type.getGenericSuperclass(), violations);
            }
            for (Type i : type.getGenericInterfaces()) {
                check(type, "implements", i, violations);
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(type, m.getName(), m.getGenericReturnType(), violations);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type, m.getName(), p, violations);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type, "<init>", p, violations);
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(type, f.getName(), f.getGenericType(), violations);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanCoversEveryExportedPackage() throws Exception {
        List<String> packages = ExportedPackages.list();
        assertThat(packages).contains("dev.twitchkit", "dev.twitchkit.helix", "dev.twitchkit.eventsub")
                .noneMatch(p -> p.contains(".internal"));
        assertThat(exportedTypes()).extracting(Class::getPackageName).containsAll(packages)
                .contains(ClientUser.class.getPackageName());
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }


    /** Every class of the exported packages, nested ones included, found from the sources. */
    private static List<Class<?>> exportedTypes() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : ExportedPackages.list()) {
            Path dir = Path.of("src/main/java").resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    if (!name.equals("package-info")) {
                        addWithNested(Class.forName(pkg + "." + name), types);
                    }
                }
            }
        }
        return types;
    }

    private static void addWithNested(Class<?> type, List<Class<?>> into) {
        into.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
            addWithNested(nested, into);
        }
    }

    private static void check(Class<?> owner, String member, Type type, List<String> violations) {
        if (type.getTypeName().contains(".internal.")) {
            violations.add(owner.getSimpleName() + "." + member + " mentions " + type.getTypeName());
        }
    }
}
