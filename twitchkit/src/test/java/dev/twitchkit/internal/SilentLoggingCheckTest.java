package dev.twitchkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/** Without an SLF4J provider every error the library logs would vanish: the user is told once, on stderr. */
class SilentLoggingCheckTest {

    @Test
    void warnsOnceWhenLoggingIsSilent() {
        AtomicInteger asked = new AtomicInteger();
        List<String> warnings = new CopyOnWriteArrayList<>();
        SilentLoggingCheck check = new SilentLoggingCheck(() -> asked.incrementAndGet() > 0, warnings::add);

        assertThat(check.check()).isTrue();
        assertThat(check.check()).isFalse();

        assertThat(asked).hasValue(1);
        assertThat(warnings).containsExactly(SilentLoggingCheck.WARNING);
        assertThat(warnings.get(0)).contains("no provider").contains("<artifactId>slf4j-simple</artifactId>")
                .contains("org.slf4j:slf4j-simple");
    }

    @Test
    void saysNothingWhenAProviderLogs() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        SilentLoggingCheck check = new SilentLoggingCheck(() -> false, warnings::add);

        assertThat(check.check()).isFalse();
        assertThat(check.check()).isFalse();
        assertThat(warnings).isEmpty();
        assertThat(SilentLoggingCheck.slf4jIsSilent()).as("slf4j-simple is on the test class path").isFalse();
    }

    @Test
    void silenceIsTheNoOperationFactoryWithNoProviderOnThePath() {
        assertThat(SilentLoggingCheck.isSilent(new NOPLoggerFactory(), () -> false)).isTrue();
        assertThat(SilentLoggingCheck.isSilent(new NOPLoggerFactory(), () -> true)).as("slf4j-nop, chosen").isFalse();
        assertThat(SilentLoggingCheck.isSilent(LoggerFactory.getILoggerFactory(), () -> false))
                .as("slf4j-simple's factory").isFalse();
    }

    @Test
    void aJvmWithoutAProviderPrintsTheWarningOnceOnStderr() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classPath, TwoApps.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr.split("twitchkit logs through SLF4J", -1)).as(stderr).hasSize(2);
        assertThat(stderr).contains("org.slf4j:slf4j-simple");
    }

    /** Builds two Apps in a JVM whose class path has no SLF4J provider. */
    static final class TwoApps {
        public static void main(String[] args) {
            for (int i = 0; i < 2; i++) {
                App.builder("client", "secret").build().close();
            }
        }
    }
}
