package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.EventCatalog;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.moderation.BannedUser;
import dev.twitchkit.helix.polls.Poll;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's moderation bot runs against the mock, and the README shows its code as it is. */
class ModerationBotExampleTest {
    private MockTwitch twitch;
    private ClientUser bot;
    private App viewers;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        bot = EventSubTestAccess.client(twitch);
        viewers = AppTestSupport.builder(twitch).build();
    }

    @AfterEach
    void stop() {
        viewers.close();
        bot.close();
        twitch.close();
    }

    @Test
    void timesOutABlockedWordRunsAPollOnCommandAndShoutsOutARaider() {
        MockUser streamer = twitch.createUser("streamer", "user:read:chat", "moderator:manage:banned_users",
                "channel:manage:polls", "moderator:manage:shoutouts", "moderation:read", "channel:read:polls");
        ModerationBot.start(bot, streamer.accessToken(), streamer.refreshToken());
        MockUser chatter = twitch.createUser("chatter", "user:write:chat");
        HelixApi chatterApi = AppTestSupport.await(viewers.addUser(chatter.accessToken(), chatter.refreshToken()));

        chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "!poll").join();
        EventSubTestAccess.awaitTrue("the poll", () -> !bot.user().polls().getPolls().all().join().isEmpty());
        Poll poll = bot.user().polls().getPolls().all().join().get(0);
        assertThat(poll.title()).isEqualTo("Next game?");

        chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "the SPOILER: it was a dream").join();
        EventSubTestAccess.awaitTrue("the timeout", () -> !bot.user().moderation().getBannedUsers().all().join()
                .isEmpty());
        BannedUser timedOut = bot.user().moderation().getBannedUsers().all().join().get(0);
        assertThat(timedOut.userId()).isEqualTo(chatter.id());
        assertThat(timedOut.reason()).isEqualTo("no spoilers");
        assertThat(timedOut.expiresAt()).isEqualTo(timedOut.createdAt().plus(Duration.ofMinutes(10)));

        MockUser raider = twitch.createUser("raider");
        twitch.trigger("channel.raid").condition("to_broadcaster_user_id", streamer.id())
                .override("from_broadcaster_user_id", raider.id()).send();
        EventSubTestAccess.awaitTrue("the shoutout", () -> twitch.helixRequests().stream()
                .anyMatch(r -> r.route().equals("POST /chat/shoutouts")));
        MockHelixRequest shoutout = twitch.helixRequests().stream()
                .filter(r -> r.route().equals("POST /chat/shoutouts")).findFirst().orElseThrow();
        assertThat(shoutout.param("from_broadcaster_id")).contains(streamer.id());
        assertThat(shoutout.param("to_broadcaster_id")).contains(raider.id());
    }

    @Test
    void theReadmeShowsTheBotAsItIs() throws IOException {
        List<String> snippet = snippet();
        String readme = Files.readString(EventCatalog.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(snippet).hasSizeGreaterThan(10);
        assertThat(readme).as("README.md shows ModerationBot's snippet as it is")
                .contains(String.join("\n", snippet));
    }

    /** The lines between the markers of ModerationBot.java, less the indentation of the first. */
    private static List<String> snippet() throws IOException {
        List<String> lines = Files.readAllLines(
                Path.of("src/test/java/dev/twitchkit/examples/ModerationBot.java"));
        int from = lines.indexOf("        // README:moderation-bot");
        int to = lines.indexOf("        // README:end");
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(from + 1, to)) {
            out.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        return out;
    }
}
