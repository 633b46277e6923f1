package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.App;
import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.moderation.BannedUser;
import dev.twitchkit.helix.polls.Poll;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's moderation bot runs against the mock ({@link ReadmeSnippetsTest} checks the README shows it). */
class ModerationBotTest {
    private MockTwitch twitch;
    private ClientUser bot;
    private App viewers;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        TwitchUrls urls = TwitchUrls.forMock(twitch.urls().base());
        bot = ClientUser.builder(twitch.clientId(), twitch.clientSecret()).urls(urls).build();
        viewers = App.builder(twitch.clientId(), twitch.clientSecret()).urls(urls).build();
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
        viewers.authorize().join();
        HelixApi chatterApi = viewers.addUser(chatter.accessToken(), chatter.refreshToken()).join();

        chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "!poll").join();
        awaitTrue("the poll", () -> !bot.user().polls().getPolls().all().join().isEmpty());
        Poll poll = bot.user().polls().getPolls().all().join().get(0);
        assertThat(poll.title()).isEqualTo("Next game?");

        chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "the SPOILER: it was a dream").join();
        awaitTrue("the timeout", () -> !bot.user().moderation().getBannedUsers().all().join()
                .isEmpty());
        BannedUser timedOut = bot.user().moderation().getBannedUsers().all().join().get(0);
        assertThat(timedOut.userId()).isEqualTo(chatter.id());
        assertThat(timedOut.reason()).isEqualTo("no spoilers");
        assertThat(timedOut.expiresAt()).isEqualTo(timedOut.createdAt().plus(Duration.ofMinutes(10)));

        MockUser raider = twitch.createUser("raider");
        twitch.trigger("channel.raid").condition("to_broadcaster_user_id", streamer.id())
                .override("from_broadcaster_user_id", raider.id()).send();
        awaitTrue("the shoutout", () -> twitch.helixRequests().stream()
                .anyMatch(r -> r.route().equals("POST /chat/shoutouts")));
        MockHelixRequest shoutout = twitch.helixRequests().stream()
                .filter(r -> r.route().equals("POST /chat/shoutouts")).findFirst().orElseThrow();
        assertThat(shoutout.param("from_broadcaster_id")).contains(streamer.id());
        assertThat(shoutout.param("to_broadcaster_id")).contains(raider.id());
    }

    private static void awaitTrue(String what, Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(20)).until(condition);
    }
}
