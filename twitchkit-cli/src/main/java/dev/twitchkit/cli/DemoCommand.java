package dev.twitchkit.cli;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code twitchkit demo}: the README's main command. Starts the embedded mock and shows what it serves.
 * (The EventSub client issue turns this into a bot that logs in, subscribes and answers chat.)
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the embedded mock Twitch, create a demo user and show where everything answers.")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockCommand.printUrls(System.out, twitch);
            MockUser streamer = twitch.createUser("demo_streamer", "moderator:read:followers", "user:read:chat");
            System.out.println("Created user " + streamer.login() + " (id " + streamer.id() + ") with scopes "
                    + streamer.scopes());
        }
        System.out.println("Mock stopped.");
        return 0;
    }
}
