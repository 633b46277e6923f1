package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path, where module descriptors are not enforced. This one runs the demo in a child
 * JVM with twitchkit, twitchkit-mock, Jackson, Jetty and SLF4J as named modules on the module path, so a missing
 * {@code exports}/{@code opens} (reflection by Jackson or Jetty) fails here rather than in a user's modular app.
 */
class ModulePathTest {
    private static final Set<String> OUR_MODULES = Set.of("dev.twitchkit", "dev.twitchkit.mock");

    @Test
    void theDemoRunsWithTheLibraryAndTheMockAsNamedModules() throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (isNamedModule(entry)) {
                modulePath.add(entry);
            } else if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("assertj")) {
                classPath.add(entry);
            }
        }
        assertThat(modulePath).anyMatch(e -> declaredModule(Path.of(e)).orElse("").equals("dev.twitchkit"))
                .anyMatch(e -> declaredModule(Path.of(e)).orElse("").equals("dev.twitchkit.mock"))
                .anyMatch(e -> e.contains("jackson"))
                .noneMatch(e -> e.replace(File.separatorChar, '/').contains("twitchkit-cli"));

        Path log = Files.createTempFile("twitchkit-module-path", ".log");
        Process demo = new ProcessBuilder(List.of(javaBinary(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "dev.twitchkit,dev.twitchkit.mock",
                "-cp", String.join(File.pathSeparator, classPath),
                TwitchkitCommand.class.getName(), "demo", "--follows", "50"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            boolean finished = demo.waitFor(90, TimeUnit.SECONDS);
            String output = read(log);
            assertThat(finished).as("demo finished in time; output:%n%s", output).isTrue();
            assertThat(demo.exitValue()).as("exit code; output:%n%s", output).isZero();
            assertThat(output).contains("OK: nothing lost").doesNotContain("IllegalAccess")
                    .doesNotContain("InaccessibleObject");
        } finally {
            demo.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** Our two modules (as jars or class folders) and the libraries they require by module name. */
    private static boolean isNamedModule(String entry) {
        String name = entry.replace(File.separatorChar, '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return OUR_MODULES.contains(declaredModule(Path.of(entry)).orElse(""))
                || name.startsWith("jackson-") || name.startsWith("jetty-") || name.startsWith("slf4j-api");
    }

    /**
     * The module an entry declares in its {@code module-info.class}, read from the entry itself: the folder a clone
     * is checked out to (often {@code twitchkit/}) says nothing about which module a path holds.
     */
    static Optional<String> declaredModule(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                Path descriptor = entry.resolve("module-info.class");
                if (!Files.isRegularFile(descriptor)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(descriptor)) {
                    return Optional.of(ModuleDescriptor.read(in).name());
                }
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    JarEntry descriptor = jar.getJarEntry("module-info.class");
                    if (descriptor == null) {
                        return Optional.empty();
                    }
                    try (InputStream in = jar.getInputStream(descriptor)) {
                        return Optional.of(ModuleDescriptor.read(in).name());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
        return Optional.empty();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
