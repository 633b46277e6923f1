package dev.twitchkit.cli;

import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twitchkit token list}: what the token file holds, without secrets and without asking Twitch. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the stored user tokens: user, scopes, expiry (never the tokens themselves).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "1:the token file cannot be read"})
final class TokenListCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
    @Spec
    CommandSpec spec;

    @Mixin
    TwitchOptions twitch;

    @Override
    public TwitchOptions twitchOptions() {
        return twitch;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Token> tokens;
        try (JsonFileTokenStore store = new JsonFileTokenStore(twitch.tokenFile())) {
            tokens = store.loadAll();
        }
        if (tokens.isEmpty()) {
            out.println("No tokens in " + twitch.tokenFile() + " (get one with: twitchkit token)");
        }
        for (Token t : tokens) {
            out.println(Terminal.markup("@|bold " + (t.login() != null ? t.login() : "?") + "|@") + " (id "
                    + t.userId() + ")" + TokenCommand.expiry(t) + (t.refreshToken() == null ? ", no refresh token" : ""));
            out.println("  scopes: " + String.join(" ", t.scopes().values()));
        }
        out.flush();
        return 0;
    }
}
