package dev.twitchkit.cli;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.AuthorizationDeniedException;
import dev.twitchkit.auth.DeviceCodeExpiredException;
import dev.twitchkit.auth.OAuthException;
import dev.twitchkit.auth.TokenException;
import dev.twitchkit.auth.TokenStoreException;
import dev.twitchkit.helix.HelixException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one line on stderr and an exit code: the user sees what went wrong and where
 * (Twitch's status and message, the URL that did not answer), never a stack trace unless {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cli, ParseResult parsed) {
        Throwable e = unwrap(thrown);
        PrintWriter err = cli.getErr();
        TwitchOptions options = cli.getCommand() instanceof UsesTwitch u ? u.twitchOptions() : null;
        err.println(Terminal.markup("@|bold,red error:|@ ") + message(e, options));
        if (options != null && options.verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CliException c ? c.exitCode()
                : e instanceof IllegalArgumentException ? CliException.USAGE : CliException.FAILED;
    }

    private static String message(Throwable e, TwitchOptions options) {
        String where = options == null ? "the server" : options.usesMock() ? "the mock at " + options.mockBase()
                : "Twitch (" + TwitchUrls.TWITCH.oauth() + ", " + TwitchUrls.TWITCH.helix() + ", "
                + TwitchUrls.TWITCH.eventSubWebSocket() + ")";
        if (e instanceof CliException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof HelixException h) {
            return h.route() + ": " + h.status() + " " + h.twitchMessage();
        }
        if (e instanceof DeviceCodeExpiredException) {
            return "the code expired before it was approved; run the command again";
        }
        if (e instanceof AuthorizationDeniedException) {
            return "the authorization was denied";
        }
        if (e instanceof OAuthException o) {
            return "the id server of " + where + " answered " + o.status() + ": " + o.twitchMessage();
        }
        if (e instanceof TokenException || e instanceof TokenStoreException) {
            return e.getMessage() + " (get a token with: twitchkit token)";
        }
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return "cannot connect to " + where;
        }
        if (e instanceof HttpTimeoutException || e instanceof TimeoutException) {
            return where + " did not answer in time";
        }
        if (e instanceof IOException) {
            return "talking to " + where + " failed: " + e;
        }
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + " (run with --verbose for details)";
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t.getCause() instanceof ConnectException c) {
            return c;
        }
        return t;
    }

    /** A command whose failures are about Twitch or the mock, named in messages. */
    interface UsesTwitch {
        TwitchOptions twitchOptions();
    }
}
