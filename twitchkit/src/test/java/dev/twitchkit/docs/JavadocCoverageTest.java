package dev.twitchkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ExportedPackages;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public and protected type, member and constructor of the exported packages has a Javadoc comment: the
 * sources are compiled with javac's doclint for missing comments, limited to the packages {@code module-info.java}
 * exports, and any "no comment" fails the build, naming the place.
 */
class JavadocCoverageTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPublicElementOfTheExportedPackagesIsDocumented(@TempDir Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
                    .map(Path::toFile).toList();
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"),
                    "-Xdoclint:missing/protected", "-Xdoclint/package:" + String.join(",", ExportedPackages.list()),
                    "-Xmaxwarns", "100000");
            javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        List<String> undocumented = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING
                        && d.getMessage(Locale.ROOT).contains("no comment"))
                .map(d -> d.getSource().getName().replace(SOURCES.toAbsolutePath() + File.separator, "")
                        + ":" + d.getLineNumber())
                .collect(Collectors.toList());
        assertThat(undocumented).as("public elements without a Javadoc comment").isEmpty();
    }

}
