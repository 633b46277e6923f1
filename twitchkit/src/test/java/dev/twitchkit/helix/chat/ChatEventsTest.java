package dev.twitchkit.helix.chat;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.AnnouncementColor;
import dev.twitchkit.eventsub.event.ChannelChatNotificationEvent;
import dev.twitchkit.eventsub.event.ChannelChatSettingsUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelShoutoutCreateEvent;
import dev.twitchkit.eventsub.event.ChannelShoutoutReceiveEvent;
import dev.twitchkit.eventsub.event.ChatNoticeType;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chat writes raise the EventSub notifications Twitch raises, with the ids of what was written. */
class ChatEventsTest {
    private static MockTwitch twitch;
    private static ClientUser bot;
    private static App app;
    private static MockUser streamer;
    private static MockUser partner;
    private static HelixApi partnerApi;

    @BeforeAll
    static void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("Streamer", "user:read:chat", "moderator:manage:announcements",
                "moderator:manage:shoutouts", "moderator:manage:chat_settings");
        partner = twitch.createUser("Partner", "moderator:manage:shoutouts");
        bot = EventSubTestAccess.client(twitch);
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        app = AppTestSupport.builder(twitch).build();
        partnerApi = await(app.addUser(partner.accessToken(), partner.refreshToken()));
    }

    @AfterAll
    static void stop() {
        bot.close();
        app.close();
        twitch.close();
    }

    @Test
    void anAnnouncementIsAChatNotificationOfTheModerator() {
        List<ChannelChatNotificationEvent> events = new CopyOnWriteArrayList<>();
        bot.on(ChannelChatNotificationEvent.class, n -> events.add(n.event()));
        bot.eventsub().channelChatNotification(streamer.id()).join();

        await(bot.user().chat().sendChatAnnouncement(streamer.id(), "Stream starts now", AnnouncementColor.BLUE));

        EventSubTestAccess.awaitTrue("the announcement", () -> !events.isEmpty());
        ChannelChatNotificationEvent event = events.get(0);
        assertThat(event.broadcasterUserId()).isEqualTo(streamer.id());
        assertThat(event.chatterUserId()).isEqualTo(streamer.id());
        assertThat(event.chatterUserLogin()).isEqualTo("streamer");
        assertThat(event.noticeType()).isEqualTo(ChatNoticeType.ANNOUNCEMENT);
        assertThat(event.announcement().color()).isEqualTo(AnnouncementColor.BLUE);
        assertThat(event.message().text()).isEqualTo("Stream starts now");
        assertThat(event.messageId()).isNotBlank();
        assertThat(event.resub()).isNull();
    }

    @Test
    void aShoutoutIsCreatedInTheGiversChannelAndReceivedInTheTargets() {
        List<ChannelShoutoutCreateEvent> created = new CopyOnWriteArrayList<>();
        List<ChannelShoutoutReceiveEvent> received = new CopyOnWriteArrayList<>();
        bot.on(ChannelShoutoutCreateEvent.class, n -> created.add(n.event()));
        bot.on(ChannelShoutoutReceiveEvent.class, n -> received.add(n.event()));
        bot.eventsub().channelShoutoutCreate(streamer.id()).join();
        bot.eventsub().channelShoutoutReceive(streamer.id()).join();

        await(bot.user().chat().sendShoutout(streamer.id(), partner.id()));
        await(partnerApi.chat().sendShoutout(partner.id(), streamer.id()));

        EventSubTestAccess.awaitTrue("both shoutouts", () -> !created.isEmpty() && !received.isEmpty());
        ChannelShoutoutCreateEvent create = created.get(0);
        assertThat(create.broadcasterUserId()).isEqualTo(streamer.id());
        assertThat(create.toBroadcasterUserId()).isEqualTo(partner.id());
        assertThat(create.toBroadcasterUserLogin()).isEqualTo("partner");
        assertThat(create.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(Duration.between(create.startedAt(), create.cooldownEndsAt())).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(create.startedAt(), create.targetCooldownEndsAt()))
                .isEqualTo(Duration.ofMinutes(60));
        ChannelShoutoutReceiveEvent receive = received.get(0);
        assertThat(receive.broadcasterUserId()).isEqualTo(streamer.id());
        assertThat(receive.fromBroadcasterUserId()).isEqualTo(partner.id());
        assertThat(receive.fromBroadcasterUserName()).isEqualTo("Partner");
        assertThat(receive.startedAt()).isNotNull();
    }

    @Test
    void aChatSettingsUpdateCarriesTheNewSettings() {
        List<ChannelChatSettingsUpdateEvent> events = new CopyOnWriteArrayList<>();
        bot.on(ChannelChatSettingsUpdateEvent.class, n -> events.add(n.event()));
        bot.eventsub().channelChatSettingsUpdate(streamer.id()).join();

        await(bot.user().chat().updateChatSettings(streamer.id(),
                ChatSettingsUpdate.create().slowMode(45).followerMode(30).subscriberMode(true)));

        EventSubTestAccess.awaitTrue("the settings update", () -> !events.isEmpty());
        ChannelChatSettingsUpdateEvent event = events.get(0);
        assertThat(event.broadcasterUserId()).isEqualTo(streamer.id());
        assertThat(event.slowMode()).isTrue();
        assertThat(event.slowModeWaitTimeSeconds()).isEqualTo(45);
        assertThat(event.followerMode()).isTrue();
        assertThat(event.followerModeDurationMinutes()).isEqualTo(30);
        assertThat(event.subscriberMode()).isTrue();
        assertThat(event.emoteMode()).isFalse();
        assertThat(event.uniqueChatMode()).isFalse();
    }
}
