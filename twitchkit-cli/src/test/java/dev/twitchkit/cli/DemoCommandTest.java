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
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new TwitchkitCommand()).execute("demo", "--follows", "100");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("lost                                   0")
                .contains("duplicates reaching handlers           0")
                .contains("session handovers / sessions lost      1 / 1")
                .contains("OK: nothing lost");
        assertThat(exit).isZero();
    }
}
