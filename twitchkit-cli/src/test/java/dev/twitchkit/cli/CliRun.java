package dev.twitchkit.cli;

import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.ScopeSet;
import dev.twitchkit.auth.Token;
import dev.twitchkit.mock.MockUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;

/** One run of the {@code twitchkit} command as a user types it, with stdout and stderr captured. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code args} to the end and returns the exit code. */
    int run(String... args) {
        CommandLine cli = TwitchkitCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Runs {@code args} on another thread, for commands that wait for something the test then does. */
    CompletableFuture<Integer> start(String... args) {
        return CompletableFuture.supplyAsync(() -> run(args));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Writes a mock user's token to a token file, as {@code twitchkit token} would have. */
    static void store(Path file, MockUser user) {
        try (JsonFileTokenStore store = new JsonFileTokenStore(file)) {
            store.save(Token.ofUser(user.id(), user.login(), user.accessToken(), user.refreshToken(),
                    ScopeSet.ofStrings(user.scopes())));
        }
    }
}
