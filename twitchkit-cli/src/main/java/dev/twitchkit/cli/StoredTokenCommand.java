package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code token} subcommand that acts on one stored user token ({@code --user}, or the file's only user): opens the
 * application on the token file, picks the token and hands both to {@link #act}.
 */
abstract class StoredTokenCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
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
            act(app, user.pick(app, twitch.tokenFile()), out);
            out.flush();
            return 0;
        }
    }

    /** Does the command's work on {@code token}, held by {@code app}; prints what happened to {@code out}. */
    abstract void act(App app, Token token, PrintWriter out);
}
