package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code twitchkit token validate}: asks Twitch whether a stored token is still good, refreshing a rejected one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a stored token at Twitch; a rejected one is refreshed, or removed when that fails.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (possibly after a refresh)", "1:invalid, unreachable or no token", "2:bad option"})
final class TokenValidateCommand extends StoredTokenCommand {
    @Override
    void act(App app, Token before, PrintWriter out) {
        Token after = app.maintenance().validate(before.userId()).join();
        boolean refreshed = !after.accessToken().equals(before.accessToken());
        out.println(Terminal.markup("@|green valid|@") + ": " + after.login() + " (id " + after.userId() + ")"
                + TokenCommand.expiry(after) + (refreshed ? ", refreshed" : ""));
        out.println("  scopes: " + String.join(" ", after.scopes().values()));
    }
}
