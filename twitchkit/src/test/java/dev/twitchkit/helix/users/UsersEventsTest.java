package dev.twitchkit.helix.users;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.UserUpdateEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Update User raises {@code user.update}; users a trigger makes up exist for Get Users. */
class UsersEventsTest {
    private static MockTwitch twitch;
    private static ClientUser bot;
    private static MockUser streamer;

    @BeforeAll
    static void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("Streamer", "user:edit", "user:read:email", "moderator:read:followers");
        bot = EventSubTestAccess.client(twitch);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
    }

    @AfterAll
    static void stop() {
        bot.close();
        twitch.close();
    }

    @Test
    void updateUserRaisesUserUpdateWithTheNewDescription() {
        List<UserUpdateEvent> events = new CopyOnWriteArrayList<>();
        bot.on(UserUpdateEvent.class, n -> events.add(n.event()));
        bot.eventsub().userUpdate(streamer.id()).join();

        await(bot.user().users().updateUser("Now with more speedruns"));

        EventSubTestAccess.awaitTrue("the user update", () -> !events.isEmpty());
        UserUpdateEvent event = events.get(0);
        assertThat(event.userId()).isEqualTo(streamer.id());
        assertThat(event.userLogin()).isEqualTo("streamer");
        assertThat(event.userName()).isEqualTo("Streamer");
        assertThat(event.description()).isEqualTo("Now with more speedruns");
        assertThat(event.email()).isEqualTo("streamer@example.com");
    }

    @Test
    void aTriggeredFollowerIsAUserHelixKnows() {
        List<ChannelFollowEvent> follows = new CopyOnWriteArrayList<>();
        bot.on(ChannelFollowEvent.class, n -> follows.add(n.event()));
        bot.eventsub().channelFollow(streamer.id()).join();

        twitch.trigger("channel.follow").to(streamer).send();

        EventSubTestAccess.awaitTrue("the follow", () -> !follows.isEmpty());
        ChannelFollowEvent follow = follows.get(0);
        List<User> users = await(bot.user().users().byIds(List.of(follow.userId())));
        assertThat(users).hasSize(1);
        assertThat(users.get(0).login()).isEqualTo(follow.userLogin());
        assertThat(users.get(0).displayName()).isEqualTo(follow.userName());
        assertThat(await(bot.user().users().byLogins(List.of(follow.userLogin())))).extracting(User::id)
                .containsExactly(follow.userId());
    }
}
