package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's {@code --help} works without arguments and documents its exit codes. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "token", "token list", "token validate", "token refresh", "token revoke", "api",
        "listen", "events", "demo", "mock", "mock sessions", "mock reconnect", "mock close", "mock drop",
        "mock stop-keepalives", "mock revoke", "mock expire-token", "trigger"})
    void helpDocumentsExitCodes(String command) {
        CliRun run = new CliRun();
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] args = new String[words.length + 1];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = "--help";
        assertThat(run.run(args)).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: twitchkit").contains("Exit codes:");
    }

    @Test
    void generatesABashAndZshCompletionScript() {
        CliRun run = new CliRun();
        assertThat(run.run("generate-completion")).isZero();
        assertThat(run.out()).contains("complete -F _complete_twitchkit").contains("listen").contains("token");
    }
}
