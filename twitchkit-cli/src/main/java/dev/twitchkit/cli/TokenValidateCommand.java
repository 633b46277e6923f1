package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twitchkit token validate}: asks Twitch whether a stored token is still good, refreshing a rejected one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a stored token at Twitch; a rejected one is refreshed, or removed when that fails.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (possibly after a refresh)", "1:invalid, unreachable or no token", "2:bad option"})
final class TokenValidateCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
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
            Token before = user.pick(app, twitch.tokenFile());
            Token after = app.maintenance().validate(before.userId()).join();
            boolean refreshed = !after.accessToken().equals(before.accessToken());
            out.println(Terminal.markup("@|green valid|@") + ": " + after.login() + " (id " + after.userId() + ")"
                    + TokenCommand.expiry(after) + (refreshed ? ", refreshed" : ""));
            out.println("  scopes: " + String.join(" ", after.scopes().values()));
            out.flush();
            return 0;
        }
    }
}
