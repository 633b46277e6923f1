package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import java.io.IOException;
import java.lang.reflect.Constructor;
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
 * signatures never mention an internal type.
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
    void publicSignaturesNeverMentionInternalTypes() {
        List<Class<?>> api = List.of(ClientUser.class, dev.twitchkit.EventSubClient.class, ClientUser.Builder.class,
                dev.twitchkit.EventSubBuilder.class,
                dev.twitchkit.App.Builder.class, EventSub.class, EventHandler.class,
                Registration.class, CloseCode.class, SessionState.class, Subscription.class, EventSubStats.class,
                OverflowPolicy.class, dev.twitchkit.eventsub.event.Notification.class,
                dev.twitchkit.eventsub.event.RawEvent.class, dev.twitchkit.eventsub.lifecycle.LifecycleEvent.class);
        List<String> violations = new ArrayList<>();
        for (Class<?> type : api) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                    check(type, m.getName(), m.getGenericReturnType(), violations);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type, m.getName(), p, violations);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type, "<init>", p, violations);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static void check(Class<?> owner, String member, Type type, List<String> violations) {
        if (type.getTypeName().contains(".internal.")) {
            violations.add(owner.getSimpleName() + "." + member + " mentions " + type.getTypeName());
        }
    }
}
