package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code twitchkit token revoke}: revokes a stored token at Twitch and removes it from the token file. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a stored token at Twitch and remove it from the token file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:revoked", "1:refused, unreachable or no token", "2:bad option"})
final class TokenRevokeCommand extends StoredTokenCommand {
    @Override
    void act(App app, Token token, PrintWriter out) {
        app.revokeToken(token.userId()).join();
        out.println("Revoked and removed the token of " + token.login() + " (id " + token.userId() + ")");
    }
}
