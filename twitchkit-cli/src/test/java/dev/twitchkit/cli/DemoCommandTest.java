package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
    @Test
    void theDemoLosesNothingAndAnswersEveryCommand() {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            // slf4j-simple writes each log line to whatever System.err is at the time.
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new TwitchkitCommand()).execute("demo", "--follows", "100");
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String log = capturedErr.toString(StandardCharsets.UTF_8);
        originalErr.print(log);
        assertThat(log).as("the demo's log").contains("INFO SessionMachine")
                .doesNotContain("\u001b[")
                .doesNotContainPattern("\\[Thread-\\d+\\]"); // every thread that logs is named after its job
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("lost                                   0")
                .contains("duplicates reaching handlers           0")
                .contains("session handovers / sessions lost      1 / 1")
                .contains("OK: nothing lost");
        assertThat(exit).isZero();
    }
}
