package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --user}: which stored token a command acts as; not needed when the token file holds one user. */
final class UserOption {
    @Option(names = "--user", paramLabel = "LOGIN|ID",
            description = "Whose stored token to use (default: the only one in the token file).")
    String user;

    /** The chosen user's token among {@code app}'s stored tokens; a clear error when none or several fit. */
    Token pick(App app, Path file) {
        List<Token> users = app.tokens().values().stream().filter(t -> !t.app()).toList();
        if (users.isEmpty()) {
            throw CliException.failed("no user token in " + file + " (get one with: twitchkit token)");
        }
        if (user == null) {
            if (users.size() > 1) {
                throw CliException.usage(file + " holds " + users.size() + " users (" + logins(users)
                        + "): choose one with --user");
            }
            return users.get(0);
        }
        return users.stream().filter(t -> user.equals(t.userId()) || user.equalsIgnoreCase(t.login())).findFirst()
                .orElseThrow(() -> CliException.usage("no token of " + user + " in " + file + " (it holds "
                        + logins(users) + ")"));
    }

    private static String logins(List<Token> tokens) {
        return String.join(", ", tokens.stream().map(t -> t.login() != null ? t.login() : t.userId()).toList());
    }
}
