package dev.twitchkit.helix.gueststar;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.ForbiddenException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixCatalog;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Guest Star endpoint end to end against the mock's world; each test hosts in a channel of its own. */
class GuestStarApiTest {
    private static final AtomicInteger CHANNELS = new AtomicInteger();
    private static MockTwitch twitch;
    private static App app;

    /** A broadcaster, a moderator of the channel and a guest, each with their API. */
    private record Channel(MockUser host, HelixApi hostApi, MockUser mod, HelixApi modApi, MockUser guest) {
    }

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
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

    private static Channel channel() {
        int n = CHANNELS.incrementAndGet();
        MockUser host = twitch.createUser("Host" + n, "channel:manage:guest_star", "channel:read:guest_star");
        MockUser mod = twitch.createUser("mod" + n, "moderator:manage:guest_star");
        twitch.grantModerator(host.id(), mod.id());
        MockUser guest = twitch.createUser("Guest" + n);
        twitch.clearHelixRequests();
        return new Channel(host, await(app.addUser(host.accessToken(), host.refreshToken())), mod,
                await(app.addUser(mod.accessToken(), mod.refreshToken())), guest);
    }

    private static MockHelixRequest onlyRequest() {
        List<MockHelixRequest> requests = twitch.helixRequests();
        assertThat(requests).hasSize(1);
        twitch.clearHelixRequests();
        return requests.get(0);
    }

    @Test
    void everyEndpointIsMarkedBeta() {
        List<Endpoint<?>> guestStar = HelixCatalog.entries().stream().map(HelixCatalog.Entry::endpoint)
                .filter(e -> e.category().equals("Guest Star")).<Endpoint<?>>map(e -> e).toList();

        assertThat(guestStar).hasSize(12).allMatch(e -> e.status() == Endpoint.Status.BETA);
    }

    @Test
    void settingsAreReadByTheHostOrAModeratorAndUpdatedAsQueryParameters() {
        Channel c = channel();
        GuestStarSettings before = await(c.modApi().guestStar().getChannelSettings(c.host().id()));
        MockHelixRequest read = onlyRequest();

        await(c.hostApi().guestStar().updateChannelSettings(GuestStarSettingsUpdate.none().slotCount(6)
                .groupLayout(GuestStarLayout.SCREENSHARE).moderatorSendLive(false).browserSourceAudio(false)
                .regenerateBrowserSources(true)));
        MockHelixRequest update = onlyRequest();
        GuestStarSettings after = await(c.hostApi().guestStar().getChannelSettings(c.host().id(), c.host().id()));

        assertThat(read.route()).isEqualTo("GET /guest_star/channel_settings");
        assertThat(read.query()).isEqualTo(Map.of("broadcaster_id", List.of(c.host().id()),
                "moderator_id", List.of(c.mod().id())));
        assertThat(before.isModeratorSendLiveEnabled()).isTrue();
        assertThat(before.slotCount()).isEqualTo(4);
        assertThat(before.isBrowserSourceAudioEnabled()).isTrue();
        assertThat(before.groupLayout()).isEqualTo(GuestStarLayout.TILED);
        assertThat(before.browserSourceToken()).isNotBlank();
        assertThat(before.toString()).doesNotContain(before.browserSourceToken());
        assertThat(update.route()).isEqualTo("PUT /guest_star/channel_settings");
        assertThat(update.userId()).isEqualTo(c.host().id());
        assertThat(update.query()).isEqualTo(Map.of("broadcaster_id", List.of(c.host().id()),
                "is_moderator_send_live_enabled", List.of("false"), "slot_count", List.of("6"),
                "is_browser_source_audio_enabled", List.of("false"), "group_layout", List.of("SCREENSHARE_LAYOUT"),
                "regenerate_browser_sources", List.of("true")));
        assertThat(after).extracting(GuestStarSettings::isModeratorSendLiveEnabled, GuestStarSettings::slotCount,
                GuestStarSettings::isBrowserSourceAudioEnabled, GuestStarSettings::groupLayout)
                .containsExactly(false, 6, false, GuestStarLayout.SCREENSHARE);
        assertThat(after.browserSourceToken()).isNotBlank().isNotEqualTo(before.browserSourceToken());
    }

    @Test
    void aChannelHasOneActiveSessionWithTheHostInSlotZeroUntilItEnds() {
        Channel c = channel();
        GuestStarSession created = await(c.hostApi().guestStar().createSession());
        MockHelixRequest create = onlyRequest();

        assertThat(create.route()).isEqualTo("POST /guest_star/session");
        assertThat(create.query()).isEqualTo(Map.of("broadcaster_id", List.of(c.host().id())));
        assertThat(created.id()).isNotBlank();
        GuestStarGuest host = created.guests().get(0);
        assertThat(host.slotId()).isEqualTo("0");
        assertThat(host.userId()).isEqualTo(c.host().id());
        assertThat(host.userLogin()).isEqualTo(c.host().login());
        assertThat(host.userDisplayName()).isEqualTo(c.host().displayName());
        assertThat(host.isLive()).isTrue();
        assertThat(host.volume()).isEqualTo(100);
        assertThat(host.assignedAt()).isBefore(Instant.now().plusSeconds(60));
        assertThat(host.audioSettings()).isEqualTo(new GuestStarMediaSettings(true, true, true));
        assertThat(host.videoSettings()).isEqualTo(new GuestStarMediaSettings(true, true, true));
        assertThat(sessionOf(c)).contains(created);
        assertThat(onlyRequest().query()).isEqualTo(Map.of("broadcaster_id", List.of(c.host().id()),
                "moderator_id", List.of(c.mod().id())));

        assertThat(failure(c.hostApi().guestStar().createSession())).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Session limit reached");
        twitch.clearHelixRequests();

        GuestStarSession ended = await(c.hostApi().guestStar().endSession(created.id()));
        MockHelixRequest end = onlyRequest();
        assertThat(end.route()).isEqualTo("DELETE /guest_star/session");
        assertThat(end.query()).isEqualTo(Map.of("broadcaster_id", List.of(c.host().id()),
                "session_id", List.of(created.id())));
        assertThat(ended).isEqualTo(created);
        assertThat(sessionOf(c)).isEmpty();
        assertThat(failure(c.hostApi().guestStar().endSession(created.id()))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("already been ended");
    }

    @Test
    void aModeratorInvitesAGuestWhoOnceReadyIsSeatedMovedSetLiveAndRemoved() {
        Channel c = channel();
        GuestStarApi mod = c.modApi().guestStar();
        String host = c.host().id();
        String guest = c.guest().id();
        String session = await(c.hostApi().guestStar().createSession()).id();
        twitch.clearHelixRequests();

        await(mod.sendInvite(host, session, guest));
        assertThat(onlyRequest()).extracting(MockHelixRequest::route, MockHelixRequest::query, MockHelixRequest::userId)
                .containsExactly("POST /guest_star/invites", Map.of("broadcaster_id", List.of(host), "moderator_id",
                        List.of(c.mod().id()), "session_id", List.of(session), "guest_id", List.of(guest)),
                        c.mod().id());
        GuestStarInvite invited = await(mod.getInvites(host, session)).get(0);
        assertThat(onlyRequest().route()).isEqualTo("GET /guest_star/invites");
        assertThat(invited.userId()).isEqualTo(guest);
        assertThat(invited.status()).isEqualTo(GuestStarInviteStatus.INVITED);
        assertThat(invited.invitedAt()).isNotNull();
        assertThat(List.of(invited.isAudioEnabled(), invited.isVideoEnabled(), invited.isAudioAvailable(),
                invited.isVideoAvailable())).containsOnly(false);
        assertThat(failure(mod.assignSlot(host, session, guest, "1"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("not ready");

        twitch.readyGuestStarGuest(host, guest);
        GuestStarInvite ready = await(mod.getInvites(host, session)).get(0);
        assertThat(ready.status()).isEqualTo(GuestStarInviteStatus.READY);
        assertThat(List.of(ready.isAudioEnabled(), ready.isVideoEnabled(), ready.isAudioAvailable(),
                ready.isVideoAvailable())).containsOnly(true);
        twitch.clearHelixRequests();

        await(mod.assignSlot(host, session, guest, "1"));
        assertThat(onlyRequest()).extracting(MockHelixRequest::route, r -> r.param("slot_id").orElseThrow(),
                r -> r.param("guest_id").orElseThrow()).containsExactly("POST /guest_star/slot", "1", guest);
        GuestStarGuest seated = guestOf(c, guest);
        assertThat(seated.slotId()).isEqualTo("1");
        assertThat(seated.isLive()).isFalse();
        assertThat(seated.userLogin()).isEqualTo(c.guest().login());
        assertThat(await(mod.getInvites(host, session))).isEmpty();
        twitch.clearHelixRequests();

        await(mod.updateSlot(host, session, "1", "3"));
        assertThat(onlyRequest()).extracting(MockHelixRequest::route, r -> r.param("source_slot_id").orElseThrow(),
                r -> r.param("destination_slot_id").orElseThrow()).containsExactly("PATCH /guest_star/slot", "1", "3");
        assertThat(guestOf(c, guest).slotId()).isEqualTo("3");
        twitch.clearHelixRequests();

        await(mod.updateSlotSettings(host, session, "3", GuestStarSlotSettings.none().live(true).volume(40)
                .audio(false).video(true)));
        assertThat(onlyRequest()).extracting(MockHelixRequest::route, MockHelixRequest::query).containsExactly(
                "PATCH /guest_star/slot_settings", Map.of("broadcaster_id", List.of(host), "moderator_id",
                        List.of(c.mod().id()), "session_id", List.of(session), "slot_id", List.of("3"),
                        "is_audio_enabled", List.of("false"), "is_video_enabled", List.of("true"),
                        "is_live", List.of("true"), "volume", List.of("40")));
        GuestStarGuest live = guestOf(c, guest);
        assertThat(live.isLive()).isTrue();
        assertThat(live.volume()).isEqualTo(40);
        assertThat(live.audioSettings().isHostEnabled()).isFalse();
        assertThat(live.videoSettings().isHostEnabled()).isTrue();
        twitch.clearHelixRequests();

        await(mod.deleteSlot(host, c.mod().id(), session, guest, "3", true));
        assertThat(onlyRequest()).extracting(MockHelixRequest::route, r -> r.param("should_reinvite_guest")
                .orElseThrow()).containsExactly("DELETE /guest_star/slot", "true");
        assertThat(await(c.hostApi().guestStar().getSession(host)).orElseThrow().guests())
                .extracting(GuestStarGuest::slotId).containsExactly("0");
        assertThat(await(mod.getInvites(host, session))).extracting(GuestStarInvite::status)
                .containsExactly(GuestStarInviteStatus.INVITED);
        twitch.clearHelixRequests();

        await(mod.deleteInvite(host, session, guest));
        assertThat(onlyRequest()).extracting(MockHelixRequest::route, r -> r.param("guest_id").orElseThrow())
                .containsExactly("DELETE /guest_star/invites", guest);
        assertThat(await(mod.getInvites(host, session))).isEmpty();
        assertThat(failure(mod.deleteInvite(host, session, guest))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUserWhoIsNoModeratorOfTheChannelIsRefused() {
        Channel c = channel();
        MockUser stranger = twitch.createUser("stranger" + CHANNELS.get(), "moderator:manage:guest_star");
        HelixApi strangerApi = await(app.addUser(stranger.accessToken(), stranger.refreshToken()));
        String session = await(c.hostApi().guestStar().createSession()).id();

        assertThat(failure(strangerApi.guestStar().sendInvite(c.host().id(), session, c.guest().id())))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("not a Guest Star moderator");
    }

    @Test
    void limitsScopesAndTokenTypesFailBeforeARequest() {
        Channel c = channel();
        GuestStarApi host = c.hostApi().guestStar();
        MockUser viewer = twitch.createUser("viewer" + CHANNELS.get());
        HelixApi viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        twitch.clearHelixRequests();

        assertThatThrownBy(() -> GuestStarSettingsUpdate.none().slotCount(7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slotCount");
        assertThatThrownBy(() -> host.updateChannelSettings(GuestStarSettingsUpdate.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> host.assignSlot(c.host().id(), "s", c.guest().id(), "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> host.updateSlot(c.host().id(), "s", "1", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destinationSlotId");
        assertThatThrownBy(() -> GuestStarSlotSettings.none().volume(101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volume");
        assertThatThrownBy(() -> host.updateSlotSettings(c.host().id(), "s", "1", GuestStarSlotSettings.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> host.sendInvite(c.host().id(), " ", c.guest().id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionId");
        assertThat(failure(viewerApi.guestStar().createSession())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:guest_star");
        assertThat(failure(viewerApi.guestStar().getSession(c.host().id()))).isInstanceOf(MissingScopeException.class);
        assertThat(failure(app.application().guestStar().getChannelSettings(c.host().id(), c.mod().id())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user access token");
        assertThatThrownBy(() -> app.application().guestStar().createSession())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app token");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    private static GuestStarGuest guestOf(Channel c, String guestId) {
        return await(c.modApi().guestStar().getSession(c.host().id())).orElseThrow().guests().stream()
                .filter(g -> g.userId().equals(guestId)).findFirst().orElseThrow();
    }

    /** The channel's session as its moderator reads it. */
    private static Optional<GuestStarSession> sessionOf(Channel c) {
        return await(c.modApi().guestStar().getSession(c.host().id()));
    }
}
