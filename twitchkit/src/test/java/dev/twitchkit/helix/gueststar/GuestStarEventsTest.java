package dev.twitchkit.helix.gueststar;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.ChannelGuestStarGuestUpdateBetaEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarSessionBeginBetaEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarSessionEndBetaEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarSettingsUpdateBetaEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.GuestStarGroupLayout;
import dev.twitchkit.eventsub.event.GuestStarState;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guest Star writes raise the {@code channel.guest_star_*} beta events, carrying the ids written, to a ClientUser
 * subscribed as the host: the moderator fields name the moderator who acted, null when the host did.
 */
class GuestStarEventsTest {
    private static MockTwitch twitch;
    private static MockUser host;
    private static MockUser mod;
    private static ClientUser bot;
    private static App moderators;
    private static GuestStarApi modApi;
    private static final List<EventSubEvent> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        twitch = EventSubTestAccess.fastMock().start();
        host = twitch.createUser("Host", "channel:manage:guest_star", "channel:read:guest_star");
        mod = twitch.createUser("Mod", "moderator:manage:guest_star");
        twitch.grantModerator(host.id(), mod.id());
        bot = EventSubTestAccess.client(twitch);
        bot.on(EventSubEvent.class, n -> received.add(n.event()));
        bot.start(host.accessToken(), host.refreshToken()).join();
        var eventsub = bot.eventsub();
        List.of(eventsub.channelGuestStarSessionBeginBeta(), eventsub.channelGuestStarSessionEndBeta(),
                eventsub.channelGuestStarGuestUpdateBeta(), eventsub.channelGuestStarSettingsUpdateBeta())
                .forEach(CompletableFuture::join);
        moderators = AppTestSupport.builder(twitch).build();
        HelixApi modHelix = await(moderators.addUser(mod.accessToken(), mod.refreshToken()));
        modApi = modHelix.guestStar();
    }

    @AfterAll
    static void stop() {
        moderators.close();
        bot.close();
        twitch.close();
    }

    private static <E extends EventSubEvent> E event(Class<E> type, Predicate<E> match) {
        return Awaitility.await(type.getSimpleName()).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> find(type, match), Optional::isPresent).get();
    }

    private static <E extends EventSubEvent> Optional<E> find(Class<E> type, Predicate<E> match) {
        return received.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst();
    }

    @Test
    void updatingTheSettingsRaisesSettingsUpdateWithTheNewSettings() {
        bot.user().guestStar().updateChannelSettings(GuestStarSettingsUpdate.none().slotCount(5)
                .groupLayout(GuestStarLayout.VERTICAL).moderatorSendLive(true).browserSourceAudio(false)).join();

        ChannelGuestStarSettingsUpdateBetaEvent event = event(ChannelGuestStarSettingsUpdateBetaEvent.class,
                e -> e.slotCount() == 5);
        assertThat(event.broadcasterUserId()).isEqualTo(host.id());
        assertThat(event.broadcasterUserLogin()).isEqualTo(host.login());
        assertThat(event.isModeratorSendLiveEnabled()).isTrue();
        assertThat(event.isBrowserSourceAudioEnabled()).isFalse();
        assertThat(event.groupLayout()).isEqualTo(GuestStarGroupLayout.VERTICAL_LEFT);
    }

    @Test
    void aSessionsWholeLifeRaisesBeginGuestUpdatesAndEndWithItsIds() {
        GuestStarApi hostApi = bot.user().guestStar();
        MockUser guest = twitch.createUser("Guest");
        GuestStarSession session = hostApi.createSession().join();
        String id = session.id();

        ChannelGuestStarSessionBeginBetaEvent begin = event(ChannelGuestStarSessionBeginBetaEvent.class,
                e -> e.sessionId().equals(id));
        assertThat(begin.broadcasterUserId()).isEqualTo(host.id());
        assertThat(begin.moderatorUserId()).as("the host started it").isNull();
        assertThat(begin.moderatorUserLogin()).isNull();
        assertThat(begin.startedAt()).isEqualTo(session.guests().get(0).assignedAt());

        modApi.sendInvite(host.id(), id, guest.id()).join();
        ChannelGuestStarGuestUpdateBetaEvent invited = guestUpdate(id, GuestStarState.INVITED);
        assertThat(invited.guestUserId()).isEqualTo(guest.id());
        assertThat(invited.guestUserLogin()).isEqualTo(guest.login());
        assertThat(invited.guestUserName()).isEqualTo(guest.displayName());
        assertThat(invited.moderatorUserId()).isEqualTo(mod.id());
        assertThat(invited.moderatorUserLogin()).isEqualTo(mod.login());
        assertThat(invited.hostUserId()).isEqualTo(host.id());
        assertThat(invited.hostUserLogin()).isEqualTo(host.login());
        assertThat(invited.slotId()).isNull();
        assertThat(invited.hostVolume()).isNull();

        twitch.readyGuestStarGuest(host.id(), guest.id());
        assertThat(guestUpdate(id, GuestStarState.READY).guestUserId()).isEqualTo(guest.id());

        modApi.assignSlot(host.id(), id, guest.id(), "2").join();
        ChannelGuestStarGuestUpdateBetaEvent backstage = guestUpdate(id, GuestStarState.BACKSTAGE);
        assertThat(backstage.slotId()).isEqualTo("2");
        assertThat(backstage.guestUserId()).isEqualTo(guest.id());
        assertThat(backstage.hostVolume()).isEqualTo(100);
        assertThat(backstage.hostAudioEnabled()).isTrue();
        assertThat(backstage.hostVideoEnabled()).isTrue();

        modApi.updateSlotSettings(host.id(), id, "2", GuestStarSlotSettings.none().live(true).volume(70)
                .audio(false)).join();
        ChannelGuestStarGuestUpdateBetaEvent live = guestUpdate(id, GuestStarState.LIVE);
        assertThat(live.slotId()).isEqualTo("2");
        assertThat(live.hostVolume()).isEqualTo(70);
        assertThat(live.hostAudioEnabled()).isFalse();
        assertThat(live.moderatorUserId()).isEqualTo(mod.id());

        modApi.updateSlot(host.id(), id, "2", "1").join();
        assertThat(event(ChannelGuestStarGuestUpdateBetaEvent.class, e -> e.sessionId().equals(id)
                && "1".equals(e.slotId())).guestUserId()).isEqualTo(guest.id());

        hostApi.deleteSlot(host.id(), id, guest.id(), "1").join();
        ChannelGuestStarGuestUpdateBetaEvent removed = guestUpdate(id, GuestStarState.REMOVED);
        assertThat(removed.guestUserId()).isEqualTo(guest.id());
        assertThat(removed.moderatorUserId()).as("the host removed the guest").isNull();

        GuestStarSession ended = hostApi.endSession(id).join();
        ChannelGuestStarSessionEndBetaEvent end = event(ChannelGuestStarSessionEndBetaEvent.class,
                e -> e.sessionId().equals(id));
        assertThat(ended.id()).isEqualTo(id);
        assertThat(end.broadcasterUserId()).isEqualTo(host.id());
        assertThat(end.hostUserId()).isEqualTo(host.id());
        assertThat(end.hostUserLogin()).isEqualTo(host.login());
        assertThat(end.moderatorUserId()).isNull();
        assertThat(end.startedAt()).isEqualTo(begin.startedAt());
        assertThat(end.endedAt()).isAfterOrEqualTo(end.startedAt());
    }

    @Test
    void removingAGuestForReinviteRaisesRemovedThenInvitedAndRevokingTheInviteRaisesRemovedAgain() {
        GuestStarApi hostApi = bot.user().guestStar();
        MockUser guest = twitch.createUser("Returning");
        String id = hostApi.createSession().join().id();
        modApi.sendInvite(host.id(), id, guest.id()).join();
        twitch.readyGuestStarGuest(host.id(), guest.id());
        modApi.assignSlot(host.id(), id, guest.id(), "1").join();

        modApi.deleteSlot(host.id(), mod.id(), id, guest.id(), "1", true).join();
        modApi.deleteInvite(host.id(), id, guest.id()).join();
        hostApi.endSession(id).join(); // one session per channel: leave none for the other tests

        Predicate<ChannelGuestStarGuestUpdateBetaEvent> afterSeating = e -> guest.id().equals(e.guestUserId())
                && (GuestStarState.REMOVED.equals(e.state()) || GuestStarState.INVITED.equals(e.state()));
        Awaitility.await("removed, invited, removed").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> all(afterSeating).size() == 4);
        List<ChannelGuestStarGuestUpdateBetaEvent> changes = all(afterSeating);
        assertThat(changes).extracting(ChannelGuestStarGuestUpdateBetaEvent::state).containsExactly(
                GuestStarState.INVITED, GuestStarState.REMOVED, GuestStarState.INVITED, GuestStarState.REMOVED);
        assertThat(changes).allSatisfy(e -> {
            assertThat(e.sessionId()).isEqualTo(id);
            assertThat(e.moderatorUserId()).isEqualTo(mod.id());
            assertThat(e.slotId()).isNull();
        });
    }

    @Test
    void aModeratorSubscribedInTheChannelHearsTheGuestUpdatesToo() {
        MockUser guest = twitch.createUser("Watched");
        List<ChannelGuestStarGuestUpdateBetaEvent> heard = new CopyOnWriteArrayList<>();
        try (ClientUser modBot = EventSubTestAccess.client(twitch)) {
            modBot.on(ChannelGuestStarGuestUpdateBetaEvent.class, n -> heard.add(n.event()));
            modBot.start(mod.accessToken(), mod.refreshToken()).join();
            modBot.eventsub().channelGuestStarGuestUpdateBeta(host.id()).join();
            GuestStarApi hostApi = bot.user().guestStar();
            String id = hostApi.createSession().join().id();

            hostApi.sendInvite(host.id(), id, guest.id()).join();
            hostApi.endSession(id).join();

            Awaitility.await("the moderator's notification").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20)).until(() -> !heard.isEmpty());
            assertThat(heard.get(0).guestUserId()).isEqualTo(guest.id());
            assertThat(heard.get(0).sessionId()).isEqualTo(id);
            assertThat(heard.get(0).moderatorUserId()).as("the host invited").isNull();
        }
    }

    private static <E extends EventSubEvent> List<E> all(Class<E> type, Predicate<E> match) {
        return received.stream().filter(type::isInstance).map(type::cast).filter(match).toList();
    }

    private static List<ChannelGuestStarGuestUpdateBetaEvent> all(
            Predicate<ChannelGuestStarGuestUpdateBetaEvent> match) {
        return all(ChannelGuestStarGuestUpdateBetaEvent.class, match);
    }

    private static ChannelGuestStarGuestUpdateBetaEvent guestUpdate(String sessionId, GuestStarState state) {
        return event(ChannelGuestStarGuestUpdateBetaEvent.class,
                e -> e.sessionId().equals(sessionId) && state.equals(e.state()));
    }
}
