package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twitchkit token refresh}: a new access token for a stored one now, written back to the token file. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Refresh a stored token now and store the new one.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:refreshed", "1:refused (the token is then removed), unreachable or no token",
            "2:bad option"})
final class TokenRefreshCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
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
            if (token.refreshToken() == null) {
                throw CliException.failed("the token of " + token.login() + " has no refresh token");
            }
            Token fresh = app.maintenance().refresh(token.userId()).join();
            out.println(Terminal.markup("@|green refreshed|@") + ": " + fresh.login() + " (id " + fresh.userId() + ")"
                    + TokenCommand.expiry(fresh));
            out.flush();
            return 0;
        }
    }
}
