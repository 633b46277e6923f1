package dev.twitchkit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code twitchkit} command: tokens, Helix calls, EventSub listening, the catalog, the demo and the mock. */
@Command(name = "twitchkit",
        mixinStandardHelpOptions = true,
        version = "twitchkit 0.1.0-SNAPSHOT",
        description = {"Twitch EventSub, Helix and OAuth from the command line, against the real Twitch or, "
                + "with --mock, the embedded mock.",
            "Client id and secret: --client-id/--client-secret, TWITCH_CLIENT_ID/TWITCH_CLIENT_SECRET, or "
                + "client_id/client_secret in ~/.config/twitchkit/config.properties. The secret is optional: "
                + "without it the application is a public client (device code tokens, refreshed without a secret; "
                + "no app token)."},
        subcommands = {TokenCommand.class, ApiCommand.class, ListenCommand.class, EventsCommand.class,
            DemoCommand.class, MockCommand.class, TriggerCommand.class, CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:Twitch or the mock refused, or could not be reached", "2:bad usage or input"})
public final class TwitchkitCommand implements Runnable {
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line as {@link #main} runs it: user errors become one line on stderr and an exit code, and
     * {@code @file} arguments stay literal (they are {@code api -b @file} bodies, not picocli argument files).
     */
    static CommandLine commandLine() {
        return new CommandLine(new TwitchkitCommand())
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(TwitchkitCommand::badUsage);
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(Terminal.markup("@|bold,red error:|@ ") + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See: " + cli.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Runs the command and exits with its code. Logs: DEBUG with {@code --verbose}; INFO for the demo and the
     * running mock, whose logs tell the story; WARN for the rest, whose output is the point.
     */
    public static void main(String[] args) {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, Arrays.asList(args).contains("--verbose") ? "debug"
                    : logsTellTheStory(args) ? "info" : "warn");
        }
        System.exit(commandLine().execute(args));
    }

    private static boolean logsTellTheStory(String[] args) {
        boolean runsMock = args.length > 0 && args[0].equals("mock") && (args.length == 1 || args[1].startsWith("-"));
        return args.length > 0 && args[0].equals("demo") || runsMock;
    }
}
