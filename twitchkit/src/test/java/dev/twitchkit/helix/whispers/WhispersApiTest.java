package dev.twitchkit.helix.whispers;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.UserWhisperMessageEvent;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Send Whisper end to end: the request, the limits, and the recipient's {@code user.whisper.message}. */
class WhispersApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static ClientUser recipientBot;
    private static MockUser sender;
    private static MockUser recipient;
    private static HelixApi senderApi;
    private static final List<UserWhisperMessageEvent> whispers = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        twitch = EventSubTestAccess.fastMock().start();
        sender = twitch.createUser("Sender", "user:manage:whispers");
        recipient = twitch.createUser("Recipient", "user:read:whispers", "user:manage:whispers",
                "user:manage:blocked_users");
        app = AppTestSupport.builder(twitch).build();
        senderApi = await(app.addUser(sender.accessToken(), sender.refreshToken()));
        recipientBot = EventSubTestAccess.client(twitch);
        recipientBot.on(UserWhisperMessageEvent.class, n -> whispers.add(n.event()));
        recipientBot.start(recipient.accessToken(), recipient.refreshToken()).join();
        recipientBot.eventsub().userWhisperMessage(recipient.id()).join();
    }

    @AfterAll
    static void stop() {
        recipientBot.close();
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forget() {
        twitch.clearHelixRequests();
        whispers.clear();
    }

    @Test
    void aWhisperReachesTheRecipientAsUserWhisperMessage() {
        await(senderApi.whispers().sendWhisper(recipient.id(), "psst"));

        assertThat(twitch.helixRequests()).hasSize(1);
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("POST /whispers");
        assertThat(request.param("from_user_id")).contains(sender.id());
        assertThat(request.param("to_user_id")).contains(recipient.id());
        assertThat(request.body()).isEqualTo("{\"message\":\"psst\"}");
        EventSubTestAccess.awaitTrue("the whisper", () -> !whispers.isEmpty());
        UserWhisperMessageEvent event = whispers.get(0);
        assertThat(event.fromUserId()).isEqualTo(sender.id());
        assertThat(event.fromUserLogin()).isEqualTo("sender");
        assertThat(event.toUserId()).isEqualTo(recipient.id());
        assertThat(event.toUserName()).isEqualTo("Recipient");
        assertThat(event.whisperId()).isNotBlank();
        assertThat(event.whisper().text()).isEqualTo("psst");
    }

    @Test
    void aFirstWhisperIsCutToFiveHundredCharacters() {
        MockUser stranger = twitch.createUser("stranger", "user:manage:whispers");
        HelixApi strangerApi = await(app.addUser(stranger.accessToken(), stranger.refreshToken()));

        await(strangerApi.whispers().sendWhisper(recipient.id(), "y".repeat(600)));

        EventSubTestAccess.awaitTrue("the whisper", () -> !whispers.isEmpty());
        assertThat(whispers.get(0).whisper().text()).hasSize(WhispersApi.MAX_FIRST_MESSAGE_LENGTH);
    }

    @Test
    void limitsAndScopeAreCheckedBeforeARequest() {
        assertThatThrownBy(() -> senderApi.whispers().sendWhisper(recipient.id(), "x".repeat(10_001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
        assertThatThrownBy(() -> senderApi.whispers().sendWhisper(recipient.id(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> senderApi.whispers().sendWhisper(sender.id(), "me"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("themselves");
        MockUser mute = twitch.createUser("mute");
        HelixApi muteApi = await(app.addUser(mute.accessToken(), mute.refreshToken()));
        twitch.clearHelixRequests();
        assertThat(failure(muteApi.whispers().sendWhisper(recipient.id(), "hi")))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("user:manage:whispers");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aRecipientWhoBlockedTheSenderTakesNoWhispers() {
        MockUser pest = twitch.createUser("pest", "user:manage:whispers");
        HelixApi pestApi = await(app.addUser(pest.accessToken(), pest.refreshToken()));
        await(recipientBot.user().users().blockUser(pest.id()));

        assertThat(failure(pestApi.whispers().sendWhisper(recipient.id(), "hey")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("doesn't allow whisper");
    }
}
