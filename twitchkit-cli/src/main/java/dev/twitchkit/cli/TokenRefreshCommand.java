package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code twitchkit token refresh}: a new access token for a stored one now, written back to the token file. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Refresh a stored token now and store the new one.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:refreshed", "1:refused (the token is then removed), unreachable or no token",
            "2:bad option"})
final class TokenRefreshCommand extends StoredTokenCommand {
    @Override
    void act(App app, Token token, PrintWriter out) {
        if (token.refreshToken() == null) {
            throw CliException.failed("the token of " + token.login() + " has no refresh token");
        }
        Token fresh = app.maintenance().refresh(token.userId()).join();
        out.println(Terminal.markup("@|green refreshed|@") + ": " + fresh.login() + " (id " + fresh.userId() + ")"
                + TokenCommand.expiry(fresh));
    }
}
