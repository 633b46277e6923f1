package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twitchkit token revoke}: revokes a stored token at Twitch and removes it from the token file. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a stored token at Twitch and remove it from the token file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:revoked", "1:refused, unreachable or no token", "2:bad option"})
final class TokenRevokeCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
    @Spec
    CommandSpec spec;

    @Mixin
    TwitchOptions twitch;

    @Mixin
    UserOption user;

    @Override
    public TwitchOptions twitchOptions() {
        return twitch;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = twitch.app(twitch.target())) {
            Token token = user.pick(app, twitch.tokenFile());
            app.revokeToken(token.userId()).join();
            out.println("Revoked and removed the token of " + token.login() + " (id " + token.userId() + ")");
            out.flush();
            return 0;
        }
    }
}
