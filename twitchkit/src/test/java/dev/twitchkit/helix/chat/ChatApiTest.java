package dev.twitchkit.helix.chat;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.eventsub.event.AnnouncementColor;
import dev.twitchkit.helix.ForbiddenException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.helix.RateLimitedException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Chat endpoint end to end against the mock: the request Twitch would see, and the answer bound. */
class ChatApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser viewer;
    private static MockUser partner;
    private static HelixApi streamerApi;
    private static HelixApi viewerApi;
    private static HelixApi appApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "moderator:read:chatters", "moderator:manage:chat_settings",
                "moderator:manage:announcements", "moderator:manage:shoutouts", "user:manage:chat_color",
                "user:read:emotes", "user:write:chat");
        viewer = twitch.createUser("viewer", "moderator:read:chatters", "moderator:manage:shoutouts",
                "user:write:chat");
        partner = twitch.createUser("Partner");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        appApi = app.application();
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    private static MockHelixRequest onlyRequest() {
        assertThat(twitch.helixRequests()).hasSize(1);
        return twitch.helixRequests().get(0);
    }

    @Test
    void chattersArePagedUpToAThousandWithTheTotal() {
        MockUser a = twitch.createUser("chatter_a");
        MockUser b = twitch.createUser("chatter_b");
        twitch.addChatter(streamer.id(), a.id());
        twitch.addChatter(streamer.id(), b.id());

        Paginator<Chatter> chatters = streamerApi.chat().getChatters(streamer.id());
        List<Chatter> all = await(chatters.all());

        assertThat(all).containsExactly(new Chatter(a.id(), "chatter_a", "chatter_a"),
                new Chatter(b.id(), "chatter_b", "chatter_b"));
        assertThat(chatters.lastPage().orElseThrow().total()).hasValue(2);
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("GET /chat/chatters");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.param("moderator_id")).contains(streamer.id());
        assertThat(request.param("first")).contains("1000");
        assertThat(request.userId()).isEqualTo(streamer.id());
    }

    @Test
    void aSenderJoinsTheChatters() {
        MockUser talker = twitch.createUser("talker", "user:write:chat");
        HelixApi talkerApi = await(app.addUser(talker.accessToken(), talker.refreshToken()));

        await(talkerApi.chat().sendChatMessage(partner.id(), talker.id(), "hi partner"));

        assertThat(await(broadcasterApi(partner).chat().getChatters(partner.id()).all()))
                .extracting(Chatter::userId).contains(talker.id());
    }

    private static HelixApi broadcasterApi(MockUser broadcaster) {
        MockUser self = twitch.issueToken(broadcaster.id(), "moderator:read:chatters");
        return await(app.addUser(self.accessToken(), self.refreshToken()));
    }

    @Test
    void chattersNeedAModerator() {
        Throwable error = failure(viewerApi.chat().getChatters(streamer.id()).all());

        assertThat(error).isInstanceOf(ForbiddenException.class).hasMessageContaining("moderator");
    }

    @Test
    void channelEmotesCarryEveryFieldAndTheTemplate() {
        EmoteList emotes = await(appApi.chat().getChannelEmotes(streamer.id()));

        assertThat(emotes.template()).contains("{{id}}").contains("{{format}}");
        assertThat(emotes.data()).hasSize(2);
        Emote sub = emotes.data().get(0);
        assertThat(sub.id()).isNotBlank();
        assertThat(sub.name()).isEqualTo("streamerHype");
        assertThat(sub.tier()).isEqualTo("1000");
        assertThat(sub.emoteType()).isEqualTo("subscriptions");
        assertThat(sub.emoteSetId()).isNotBlank();
        assertThat(sub.images().url1x()).startsWith("https://");
        assertThat(sub.images().url2x()).startsWith("https://");
        assertThat(sub.images().url4x()).startsWith("https://");
        assertThat(sub.format()).contains("static");
        assertThat(sub.scale()).contains("1.0");
        assertThat(sub.themeMode()).contains("dark");
        assertThat(sub.imageUrl(emotes.template(), "static", "dark", "3.0")).contains(sub.id())
                .endsWith("/static/dark/3.0");
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("GET /chat/emotes");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.userId()).isNull();
    }

    @Test
    void globalEmotes() {
        EmoteList emotes = await(appApi.chat().getGlobalEmotes());

        assertThat(emotes.data()).extracting(Emote::name).contains("Kappa");
        Emote kappa = emotes.data().get(0);
        assertThat(kappa.id()).isEqualTo("25");
        assertThat(kappa.images().url1x()).isNotBlank();
        assertThat(kappa.format()).contains("animated");
        assertThat(emotes.template()).isNotBlank();
        assertThat(onlyRequest().route()).isEqualTo("GET /chat/emotes/global");
    }

    @Test
    void emoteSetsByRepeatedIdsWithOwners() {
        String channelSet = await(appApi.chat().getChannelEmotes(streamer.id())).data().get(1).emoteSetId();
        twitch.clearHelixRequests();

        EmoteList emotes = await(appApi.chat().getEmoteSets(List.of("0", channelSet)));

        assertThat(emotes.data()).extracting(Emote::emoteSetId).contains("0", channelSet);
        Emote follower = emotes.data().stream().filter(e -> e.emoteSetId().equals(channelSet)).findFirst()
                .orElseThrow();
        assertThat(follower.ownerId()).isEqualTo(streamer.id());
        assertThat(follower.emoteType()).isEqualTo("follower");
        assertThat(onlyRequest().params("emote_set_id")).containsExactly("0", channelSet);
    }

    @Test
    void emoteSetsAreLimitedToTwentyFiveWithoutARequest() {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            sets.add("set" + i);
        }
        assertThatThrownBy(() -> appApi.chat().getEmoteSets(sets)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("25");
        assertThatThrownBy(() -> appApi.chat().getEmoteSets(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void userEmotesIncludeTheChannelsFollowerEmote() {
        List<Emote> emotes = await(streamerApi.chat().getUserEmotes(streamer.id(), partner.id()).all());

        assertThat(emotes).extracting(Emote::name).contains("Kappa", "partnerWave");
        Emote wave = emotes.stream().filter(e -> e.name().equals("partnerWave")).findFirst().orElseThrow();
        assertThat(wave.ownerId()).isEqualTo(partner.id());
        assertThat(wave.emoteType()).isEqualTo("follower");
        assertThat(wave.emoteSetId()).isNotBlank();
        assertThat(wave.format()).isNotEmpty();
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("GET /chat/emotes/user");
        assertThat(request.param("user_id")).contains(streamer.id());
        assertThat(request.param("broadcaster_id")).contains(partner.id());
        assertThat(request.param("first")).isEmpty();
    }

    @Test
    void userEmotesNeedTheScopeWithoutARequest() {
        Throwable error = failure(viewerApi.chat().getUserEmotes().all());

        assertThat(error).isInstanceOf(MissingScopeException.class).hasMessageContaining("user:read:emotes");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void channelAndGlobalBadges() {
        List<ChatBadgeSet> channel = await(appApi.chat().getChannelChatBadges(streamer.id()));
        assertThat(channel).extracting(ChatBadgeSet::setId).containsExactly("subscriber", "bits");
        ChatBadgeSet.Version bits = channel.get(1).versions().get(1);
        assertThat(bits.id()).isEqualTo("100");
        assertThat(bits.imageUrl1x()).startsWith("https://");
        assertThat(bits.imageUrl2x()).startsWith("https://");
        assertThat(bits.imageUrl4x()).startsWith("https://");
        assertThat(bits.title()).isEqualTo("cheer 100");
        assertThat(bits.description()).isNotBlank();
        assertThat(bits.clickAction()).isEqualTo("visit_url");
        assertThat(bits.clickUrl()).startsWith("https://");
        assertThat(twitch.helixRequests()).extracting(MockHelixRequest::route).containsExactly("GET /chat/badges");
        assertThat(twitch.helixRequests().get(0).param("broadcaster_id")).contains(streamer.id());

        List<ChatBadgeSet> global = await(appApi.chat().getGlobalChatBadges());
        assertThat(global).extracting(ChatBadgeSet::setId).contains("moderator", "vip");
        assertThat(global.get(0).versions().get(0).clickAction()).isNull();
        assertThat(twitch.helixRequests()).extracting(MockHelixRequest::route).last()
                .isEqualTo("GET /chat/badges/global");
    }

    @Test
    void chatSettingsUpdateAndReadBackWithTheModeratorOnlyFields() {
        MockUser channel = twitch.createUser("settings_channel", "moderator:manage:chat_settings");
        HelixApi channelApi = await(app.addUser(channel.accessToken(), channel.refreshToken()));

        ChatSettings updated = await(channelApi.chat().updateChatSettings(channel.id(), ChatSettingsUpdate.create()
                .slowMode(30).followerMode(10).nonModeratorChatDelay(4).emoteMode(true).subscriberMode(false)
                .uniqueChatMode(true)));

        assertThat(updated).isEqualTo(new ChatSettings(channel.id(), true, true, 10, channel.id(), true, 4, true, 30,
                false, true));
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("PATCH /chat/settings");
        assertThat(request.param("broadcaster_id")).contains(channel.id());
        assertThat(request.param("moderator_id")).contains(channel.id());
        assertThat(request.body()).contains("\"slow_mode\":true", "\"slow_mode_wait_time\":30",
                "\"follower_mode_duration\":10", "\"non_moderator_chat_delay_duration\":4", "\"emote_mode\":true");

        twitch.clearHelixRequests();
        ChatSettings read = await(appApi.chat().getChatSettings(channel.id()));
        assertThat(read).isEqualTo(new ChatSettings(channel.id(), true, true, 10, null, null, null, true, 30, false,
                true));
        assertThat(onlyRequest().route()).isEqualTo("GET /chat/settings");
        assertThat(await(channelApi.chat().getChatSettings(channel.id(), channel.id())).nonModeratorChatDelayDuration())
                .isEqualTo(4);

        ChatSettings off = await(channelApi.chat().updateChatSettings(channel.id(),
                ChatSettingsUpdate.create().slowModeOff().followerModeOff().nonModeratorChatDelayOff()));
        assertThat(off.slowMode()).isFalse();
        assertThat(off.slowModeWaitTime()).isNull();
        assertThat(off.followerModeDuration()).isNull();
        assertThat(off.nonModeratorChatDelayDuration()).isNull();
    }

    @Test
    void chatSettingsRangesAreCheckedBeforeARequest() {
        assertThatThrownBy(() -> ChatSettingsUpdate.create().slowMode(2)).hasMessageContaining("3 and 120");
        assertThatThrownBy(() -> ChatSettingsUpdate.create().slowMode(121)).hasMessageContaining("3 and 120");
        assertThatThrownBy(() -> ChatSettingsUpdate.create().followerMode(129_601)).hasMessageContaining("129600");
        assertThatThrownBy(() -> ChatSettingsUpdate.create().followerMode(-1)).hasMessageContaining("0 and");
        assertThatThrownBy(() -> ChatSettingsUpdate.create().nonModeratorChatDelay(3)).hasMessageContaining("2, 4 or 6");
        assertThatThrownBy(() -> streamerApi.chat().updateChatSettings(streamer.id(), ChatSettingsUpdate.create()))
                .isInstanceOf(IllegalArgumentException.class);
        Throwable noScope = failure(viewerApi.chat().updateChatSettings(streamer.id(),
                ChatSettingsUpdate.create().emoteMode(true)));
        assertThat(noScope).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("moderator:manage:chat_settings");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void sharedChatSessionOrNone() {
        MockUser host = twitch.createUser("shared_host");
        MockUser guest = twitch.createUser("shared_guest");
        String sessionId = twitch.startSharedChat(host.id(), guest.id());

        SharedChatSession session = await(appApi.chat().getSharedChatSession(guest.id())).orElseThrow();

        assertThat(session.sessionId()).isEqualTo(sessionId);
        assertThat(session.hostBroadcasterId()).isEqualTo(host.id());
        assertThat(session.participants()).extracting(SharedChatSession.Participant::broadcasterId)
                .containsExactly(host.id(), guest.id());
        assertThat(session.createdAt()).isNotNull();
        assertThat(session.updatedAt()).isNotNull();
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("GET /shared_chat/session");
        assertThat(request.param("broadcaster_id")).contains(guest.id());
        assertThat(await(appApi.chat().getSharedChatSession(partner.id()))).isEmpty();
    }

    @Test
    void chatColorUpdateAndLookup() {
        await(streamerApi.chat().updateUserChatColor("blue_violet"));

        MockHelixRequest update = onlyRequest();
        assertThat(update.route()).isEqualTo("PUT /chat/color");
        assertThat(update.param("user_id")).contains(streamer.id());
        assertThat(update.param("color")).contains("blue_violet");

        twitch.clearHelixRequests();
        List<UserChatColor> colors = await(appApi.chat().getUserChatColor(List.of(streamer.id(), viewer.id())));
        assertThat(colors).containsExactly(new UserChatColor(streamer.id(), "streamer", "Streamer", "#8A2BE2"),
                new UserChatColor(viewer.id(), "viewer", "viewer", ""));
        assertThat(onlyRequest().params("user_id")).containsExactly(streamer.id(), viewer.id());

        await(streamerApi.chat().updateUserChatColor("#9146FF"));
        assertThat(await(appApi.chat().getUserChatColor(List.of(streamer.id()))).get(0).color()).isEqualTo("#9146FF");
    }

    @Test
    void chatColorIsCheckedBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.chat().updateUserChatColor("mauve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named color");
        assertThatThrownBy(() -> streamerApi.chat().updateUserChatColor("#12345"))
                .isInstanceOf(IllegalArgumentException.class);
        Throwable noScope = failure(viewerApi.chat().updateUserChatColor("red"));
        assertThat(noScope).isInstanceOf(MissingScopeException.class).hasMessageContaining("user:manage:chat_color");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void chatColorsOfMoreThanAHundredUsersAreSplit() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add(twitch.createUser("colored" + i).id());
        }

        assertThat(await(appApi.chat().getUserChatColor(ids))).extracting(UserChatColor::userId)
                .containsExactlyElementsOf(ids);
        assertThat(twitch.helixRequests()).extracting(r -> r.params("user_id").size()).containsExactly(100, 1);
    }

    @Test
    void announcementRequest() {
        await(streamerApi.chat().sendChatAnnouncement(streamer.id(), "Hello chat", AnnouncementColor.PURPLE));

        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("POST /chat/announcements");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(request.param("moderator_id")).contains(streamer.id());
        assertThat(request.body()).isEqualTo("{\"message\":\"Hello chat\",\"color\":\"purple\"}");
    }

    @Test
    void announcementLimitsAndScopeAreCheckedBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.chat().sendChatAnnouncement(streamer.id(), "x".repeat(501), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> streamerApi.chat().sendChatAnnouncement(streamer.id(), " ", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> streamerApi.chat().sendChatAnnouncement(streamer.id(), "hi",
                AnnouncementColor.of("PINK"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("color");
        Throwable noScope = failure(viewerApi.chat().sendChatAnnouncement(streamer.id(), "hi", null));
        assertThat(noScope).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("moderator:manage:announcements");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void shoutoutRequestAndCooldown() {
        MockUser giver = twitch.createUser("giver", "moderator:manage:shoutouts");
        MockUser target = twitch.createUser("target");
        MockUser other = twitch.createUser("other_target");
        HelixApi giverApi = await(app.addUser(giver.accessToken(), giver.refreshToken()));

        await(giverApi.chat().sendShoutout(giver.id(), target.id()));

        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("POST /chat/shoutouts");
        assertThat(request.param("from_broadcaster_id")).contains(giver.id());
        assertThat(request.param("to_broadcaster_id")).contains(target.id());
        assertThat(request.param("moderator_id")).contains(giver.id());
        assertThat(failure(giverApi.chat().sendShoutout(giver.id(), other.id())))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void shoutoutsNeedAModeratorAndAnotherChannel() {
        assertThatThrownBy(() -> streamerApi.chat().sendShoutout(streamer.id(), streamer.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("themselves");
        assertThat(twitch.helixRequests()).isEmpty();

        assertThat(failure(viewerApi.chat().sendShoutout(streamer.id(), partner.id())))
                .isInstanceOf(ForbiddenException.class);
    }
}
