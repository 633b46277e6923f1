package dev.twitchkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code twitchkit} command: the demo, the embedded mock and its triggers. */
@Command(name = "twitchkit",
        mixinStandardHelpOptions = true,
        version = "twitchkit 0.1.0-SNAPSHOT",
        description = "Twitch EventSub for Java: a demo bot, an embedded mock Twitch and event triggers.",
        subcommands = {DemoCommand.class, MockCommand.class, TriggerCommand.class,
            CommandLine.HelpCommand.class})
public final class TwitchkitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TwitchkitCommand()).execute(args));
    }
}
