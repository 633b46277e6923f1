package dev.twitchkit.helix.moderation;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Moderation endpoint end to end against the mock: the request Twitch receives, the answer bound. */
class ModerationApiTest {
    static final String[] MODERATOR_SCOPES = {"moderation:read", "moderator:manage:automod",
        "moderator:read:automod_settings", "moderator:manage:automod_settings", "moderator:manage:banned_users",
        "moderator:manage:unban_requests", "moderator:manage:blocked_terms", "moderator:manage:chat_messages",
        "user:read:moderated_channels", "moderator:manage:shield_mode", "moderator:manage:warnings",
        "moderator:manage:suspicious_users", "user:write:chat"};
    static final String[] BROADCASTER_SCOPES = {"channel:manage:moderators", "channel:manage:vips",
        "moderation:read", "moderator:manage:banned_users", "moderator:manage:chat_messages", "user:write:chat"};

    private static final AtomicInteger USERS = new AtomicInteger();
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser mod;
    private static HelixApi streamerApi;
    private static HelixApi modApi;
    private static HelixApi bareApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("Streamer", BROADCASTER_SCOPES);
        mod = twitch.createUser("TidyMod", MODERATOR_SCOPES);
        MockUser bare = twitch.createUser("bare");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        modApi = await(app.addUser(mod.accessToken(), mod.refreshToken()));
        bareApi = await(app.addUser(bare.accessToken(), bare.refreshToken()));
        await(streamerApi.moderation().addChannelModerator(mod.id()));
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

    private static MockUser viewer() {
        return twitch.createUser("viewer" + USERS.incrementAndGet(), "user:write:chat");
    }

    private static MockHelixRequest last() {
        List<MockHelixRequest> requests = twitch.helixRequests();
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    private static void assertModeratorQuery(MockHelixRequest request) {
        assertThat(request.param("broadcaster_id")).hasValue(streamer.id());
        assertThat(request.param("moderator_id")).hasValue(mod.id());
        assertThat(request.userId()).isEqualTo(mod.id());
    }

    // ---------------------------------------------------------------- AutoMod

    @Test
    void checkAutoModStatusSendsTheMessagesAndBindsWhetherEachIsPermitted() {
        // The check runs in the token's user's own channel: the moderator's.
        await(modApi.moderation().addBlockedTerm(mod.id(), "forbidden"));

        List<AutoModStatus> statuses = await(modApi.moderation().checkAutoModStatus(List.of(
                new AutoModCheck("1", "hello there"), new AutoModCheck("2", "this is FORBIDDEN talk"))));

        assertThat(statuses).extracting(AutoModStatus::msgId).containsExactly("1", "2");
        assertThat(statuses).extracting(AutoModStatus::isPermitted).containsExactly(true, false);
        MockHelixRequest request = last();
        assertThat(request.route()).isEqualTo("POST /moderation/enforcements/status");
        assertThat(request.param("broadcaster_id")).hasValue(mod.id());
        assertThat(request.body()).contains("\"msg_id\":\"2\"").contains("\"msg_text\":\"this is FORBIDDEN talk\"");
    }

    @Test
    void manageHeldAutoModMessageAllowsAHeldMessageOnce() {
        MockUser chatter = viewer();
        String held = twitch.holdChatMessage(streamer.id(), chatter.id(), "suspicious words");

        await(modApi.moderation().manageHeldAutoModMessage(held, HeldMessageAction.ALLOW));

        MockHelixRequest request = last();
        assertThat(request.route()).isEqualTo("POST /moderation/automod/message");
        assertThat(request.body()).contains("\"user_id\":\"" + mod.id() + "\"").contains("\"msg_id\":\"" + held)
                .contains("\"action\":\"ALLOW\"");
        assertThat(failure(modApi.moderation().manageHeldAutoModMessage(held, HeldMessageAction.DENY)))
                .hasMessageContaining("was not found");
    }

    @Test
    void autoModSettingsAreReadAndOverwrittenPerCategoryOrOverall() {
        AutoModSettings before = await(modApi.moderation().getAutoModSettings(streamer.id()));
        assertThat(last().route()).isEqualTo("GET /moderation/automod/settings");
        assertModeratorQuery(last());
        assertThat(before.broadcasterId()).isEqualTo(streamer.id());
        assertThat(before.moderatorId()).isEqualTo(mod.id());

        AutoModSettings perCategory = await(modApi.moderation().updateAutoModSettings(streamer.id(),
                AutoModSettingsUpdate.levels().aggression(3).swearing(1).disability(2).sexualitySexOrGender(4)
                        .misogyny(1).bullying(2).raceEthnicityOrReligion(3).sexBasedTerms(0).build()));

        assertThat(last().route()).isEqualTo("PUT /moderation/automod/settings");
        assertModeratorQuery(last());
        assertThat(last().body()).contains("\"aggression\":3").doesNotContain("overall_level");
        assertThat(perCategory.overallLevel()).isNull();
        assertThat(List.of(perCategory.disability(), perCategory.aggression(), perCategory.sexualitySexOrGender(),
                perCategory.misogyny(), perCategory.bullying(), perCategory.swearing(),
                perCategory.raceEthnicityOrReligion(), perCategory.sexBasedTerms()))
                .containsExactly(2, 3, 4, 1, 2, 1, 3, 0);

        AutoModSettings overall = await(modApi.moderation().updateAutoModSettings(streamer.id(),
                AutoModSettingsUpdate.overall(2)));
        assertThat(overall.overallLevel()).isEqualTo(2);
        assertThat(await(modApi.moderation().getAutoModSettings(streamer.id())).overallLevel()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- bans

    @Test
    void banUserBansForGoodAndGetBannedUsersListsTheBan() {
        MockUser target = viewer();

        Ban ban = await(modApi.moderation().banUser(streamer.id(), target.id(), "spam"));

        MockHelixRequest request = last();
        assertThat(request.route()).isEqualTo("POST /moderation/bans");
        assertModeratorQuery(request);
        assertThat(request.body()).isEqualTo("{\"data\":{\"user_id\":\"" + target.id() + "\",\"reason\":\"spam\"}}");
        assertThat(ban.broadcasterId()).isEqualTo(streamer.id());
        assertThat(ban.moderatorId()).isEqualTo(mod.id());
        assertThat(ban.userId()).isEqualTo(target.id());
        assertThat(ban.createdAt()).isNotNull();
        assertThat(ban.endTime()).isNull();

        List<BannedUser> banned = streamerApi.moderation().getBannedUsers(streamer.id(), List.of(target.id()))
                .all().join();
        assertThat(last().route()).isEqualTo("GET /moderation/banned");
        assertThat(last().params("user_id")).containsExactly(target.id());
        assertThat(last().param("first")).hasValue("100");
        BannedUser entry = banned.get(0);
        assertThat(banned).hasSize(1);
        assertThat(entry.userId()).isEqualTo(target.id());
        assertThat(entry.userLogin()).isEqualTo(target.login());
        assertThat(entry.userName()).isEqualTo(target.displayName());
        assertThat(entry.expiresAt()).isNull();
        assertThat(entry.createdAt()).isEqualTo(ban.createdAt());
        assertThat(entry.reason()).isEqualTo("spam");
        assertThat(entry.moderatorId()).isEqualTo(mod.id());
        assertThat(entry.moderatorLogin()).isEqualTo("tidymod");
        assertThat(entry.moderatorName()).isEqualTo("TidyMod");

        Throwable again = failure(modApi.moderation().banUser(streamer.id(), target.id(), null));
        assertThat(again).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("The user specified in the user_id field is already banned.");
    }

    @Test
    void aTimeoutEndsOnTheMocksClock() {
        MockUser target = viewer();

        Ban timeout = await(modApi.moderation().timeoutUser(streamer.id(), target.id(), Duration.ofMinutes(10),
                "calm down"));

        assertThat(last().body()).contains("\"duration\":600");
        assertThat(timeout.endTime()).isEqualTo(timeout.createdAt().plusSeconds(600));
        BannedUser listed = streamerApi.moderation().getBannedUsers(streamer.id(), List.of(target.id()))
                .all().join().get(0);
        assertThat(listed.expiresAt()).isEqualTo(timeout.endTime());

        twitch.clock().advance(Duration.ofMinutes(11));

        assertThat(streamerApi.moderation().getBannedUsers(streamer.id(), List.of(target.id())).all().join())
                .isEmpty();
    }

    @Test
    void unbanUserLiftsTheBanAndASecondUnbanIsTwitchs400() {
        MockUser target = viewer();
        await(modApi.moderation().banUser(streamer.id(), target.id(), null));

        await(modApi.moderation().unbanUser(streamer.id(), target.id()));

        MockHelixRequest request = last();
        assertThat(request.route()).isEqualTo("DELETE /moderation/bans");
        assertModeratorQuery(request);
        assertThat(request.param("user_id")).hasValue(target.id());
        assertThat(failure(modApi.moderation().unbanUser(streamer.id(), target.id())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("is not banned");
    }

    @Test
    void theBroadcasterCannotBeBannedAndAModeratorCannotBanAnotherModerator() {
        assertThat(failure(modApi.moderation().banUser(streamer.id(), streamer.id(), null)))
                .hasMessageContaining("may not be banned");
        MockUser otherMod = viewer();
        await(streamerApi.moderation().addChannelModerator(otherMod.id()));
        assertThat(failure(modApi.moderation().timeoutUser(streamer.id(), otherMod.id(), Duration.ofSeconds(5),
                null))).hasMessageContaining("may not be put in a timeout");
    }

    @Test
    void aPermanentBanTakesTheUsersModeratorAndVipRoles() {
        MockUser vip = viewer();
        await(streamerApi.moderation().addChannelVip(vip.id()));

        await(streamerApi.moderation().banUser(streamer.id(), vip.id(), "gone"));

        assertThat(streamerApi.moderation().getVips(streamer.id(), List.of(vip.id())).all().join()).isEmpty();
    }

    // ---------------------------------------------------------------- unban requests

    @Test
    void unbanRequestsAreListedByStatusAndApprovingOneLiftsTheBan() {
        MockUser target = viewer();
        await(modApi.moderation().banUser(streamer.id(), target.id(), "rude"));
        String requestId = twitch.requestUnban(streamer.id(), target.id(), "sorry");

        List<UnbanRequest> pending = modApi.moderation().getUnbanRequests(streamer.id(), mod.id(),
                UnbanRequestStatus.PENDING, target.id()).all().join();

        assertThat(last().route()).isEqualTo("GET /moderation/unban_requests");
        assertModeratorQuery(last());
        assertThat(last().param("status")).hasValue("pending");
        assertThat(last().param("user_id")).hasValue(target.id());
        UnbanRequest request = pending.get(0);
        assertThat(pending).hasSize(1);
        assertThat(request.id()).isEqualTo(requestId);
        assertThat(request.broadcasterId()).isEqualTo(streamer.id());
        assertThat(request.broadcasterLogin()).isEqualTo("streamer");
        assertThat(request.broadcasterName()).isEqualTo("Streamer");
        assertThat(request.userId()).isEqualTo(target.id());
        assertThat(request.userLogin()).isEqualTo(target.login());
        assertThat(request.userName()).isEqualTo(target.displayName());
        assertThat(request.text()).isEqualTo("sorry");
        assertThat(request.status()).isEqualTo(UnbanRequestStatus.PENDING);
        assertThat(request.createdAt()).isNotNull();
        assertThat(request.resolvedAt()).isNull();

        UnbanRequest resolved = await(modApi.moderation().resolveUnbanRequest(streamer.id(), requestId,
                UnbanRequestStatus.APPROVED, "welcome back"));

        assertThat(last().route()).isEqualTo("PATCH /moderation/unban_requests");
        assertModeratorQuery(last());
        assertThat(last().param("unban_request_id")).hasValue(requestId);
        assertThat(last().param("status")).hasValue("approved");
        assertThat(last().param("resolution_text")).hasValue("welcome back");
        assertThat(resolved.status()).isEqualTo(UnbanRequestStatus.APPROVED);
        assertThat(resolved.moderatorId()).isEqualTo(mod.id());
        assertThat(resolved.moderatorLogin()).isEqualTo("tidymod");
        assertThat(resolved.moderatorName()).isEqualTo("TidyMod");
        assertThat(resolved.resolvedAt()).isNotNull();
        assertThat(resolved.resolutionText()).isEqualTo("welcome back");
        assertThat(streamerApi.moderation().getBannedUsers(streamer.id(), List.of(target.id())).all().join())
                .isEmpty();
    }

    // ---------------------------------------------------------------- blocked terms

    @Test
    void blockedTermsAreAddedListedNewestFirstAndRemoved() {
        BlockedTerm first = await(modApi.moderation().addBlockedTerm(streamer.id(), "spoiler"));
        assertThat(last().route()).isEqualTo("POST /moderation/blocked_terms");
        assertModeratorQuery(last());
        assertThat(last().body()).isEqualTo("{\"text\":\"spoiler\"}");
        assertThat(first.broadcasterId()).isEqualTo(streamer.id());
        assertThat(first.moderatorId()).isEqualTo(mod.id());
        assertThat(first.id()).isNotBlank();
        assertThat(first.text()).isEqualTo("spoiler");
        assertThat(first.createdAt()).isNotNull();
        assertThat(first.updatedAt()).isEqualTo(first.createdAt());
        assertThat(first.expiresAt()).isNull();
        BlockedTerm second = await(modApi.moderation().addBlockedTerm(streamer.id(), "ending*"));
        assertThat(await(modApi.moderation().addBlockedTerm(streamer.id(), "SPOILER")).id()).isEqualTo(first.id());

        List<BlockedTerm> terms = modApi.moderation().getBlockedTerms(streamer.id()).all().join();
        assertThat(last().route()).isEqualTo("GET /moderation/blocked_terms");
        assertModeratorQuery(last());
        assertThat(terms).extracting(BlockedTerm::id).containsSubsequence(second.id(), first.id());

        await(modApi.moderation().removeBlockedTerm(streamer.id(), first.id()));
        assertThat(last().route()).isEqualTo("DELETE /moderation/blocked_terms");
        assertModeratorQuery(last());
        assertThat(last().param("id")).hasValue(first.id());
        assertThat(modApi.moderation().getBlockedTerms(streamer.id()).all().join()).extracting(BlockedTerm::id)
                .doesNotContain(first.id());
    }

    // ---------------------------------------------------------------- chat messages

    @Test
    void deleteChatMessagesDeletesOneMessageOrClearsTheChat() {
        MockUser chatter = viewer();
        HelixApi chatterApi = await(app.addUser(chatter.accessToken(), chatter.refreshToken()));
        String messageId = await(chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "hi all"))
                .messageId();

        await(modApi.moderation().deleteChatMessage(streamer.id(), messageId));
        assertThat(last().route()).isEqualTo("DELETE /moderation/chat");
        assertModeratorQuery(last());
        assertThat(last().param("message_id")).hasValue(messageId);

        await(modApi.moderation().clearChat(streamer.id()));
        assertThat(last().param("message_id")).isEmpty();

        String own = await(streamerApi.chat().sendChatMessage(streamer.id(), streamer.id(), "my chat")).messageId();
        assertThat(failure(modApi.moderation().deleteChatMessage(streamer.id(), own)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("broadcaster's messages");
        assertThat(failure(modApi.moderation().deleteChatMessage(streamer.id(), "no-such-message")))
                .hasMessageContaining("was not found");
    }

    // ---------------------------------------------------------------- moderators and VIPs

    @Test
    void moderatorsAreAddedListedAndRemoved() {
        MockUser newMod = viewer();

        await(streamerApi.moderation().addChannelModerator(newMod.id()));
        assertThat(last().route()).isEqualTo("POST /moderation/moderators");
        assertThat(last().param("broadcaster_id")).hasValue(streamer.id());
        assertThat(last().param("user_id")).hasValue(newMod.id());

        List<Moderator> listed = streamerApi.moderation().getModerators(streamer.id(), List.of(newMod.id(), mod.id()))
                .all().join();
        assertThat(last().route()).isEqualTo("GET /moderation/moderators");
        assertThat(last().params("user_id")).containsExactly(newMod.id(), mod.id());
        assertThat(listed).containsExactly(new Moderator(newMod.id(), newMod.login(), newMod.displayName()),
                new Moderator(mod.id(), "tidymod", "TidyMod"));
        assertThat(failure(streamerApi.moderation().addChannelModerator(newMod.id())))
                .hasMessageContaining("is already a moderator");

        await(streamerApi.moderation().removeChannelModerator(newMod.id()));
        assertThat(last().route()).isEqualTo("DELETE /moderation/moderators");
        assertThat(last().param("user_id")).hasValue(newMod.id());
        assertThat(streamerApi.moderation().getModerators().all().join()).extracting(Moderator::userId)
                .doesNotContain(newMod.id()).contains(mod.id());
    }

    @Test
    void getModeratedChannelsListsTheChannelsOfTheTokensUser() {
        List<ModeratedChannel> channels = modApi.moderation().getModeratedChannels().all().join();

        assertThat(last().route()).isEqualTo("GET /moderation/channels");
        assertThat(last().param("user_id")).hasValue(mod.id());
        assertThat(channels).contains(new ModeratedChannel(streamer.id(), "streamer", "Streamer"));
    }

    @Test
    void vipsAreAddedListedAndRemovedAndAModeratorCannotBeOne() {
        MockUser vip = viewer();

        await(streamerApi.moderation().addChannelVip(vip.id()));
        assertThat(last().route()).isEqualTo("POST /channels/vips");
        assertThat(last().param("broadcaster_id")).hasValue(streamer.id());
        assertThat(last().param("user_id")).hasValue(vip.id());

        List<Vip> vips = streamerApi.moderation().getVips(streamer.id(), List.of(vip.id())).all().join();
        assertThat(last().route()).isEqualTo("GET /channels/vips");
        assertThat(last().params("user_id")).containsExactly(vip.id());
        assertThat(vips).hasSize(1);
        assertThat(vips.get(0).userId()).isEqualTo(vip.id());
        assertThat(vips.get(0).userLogin()).isEqualTo(vip.login());
        assertThat(vips.get(0).userName()).isEqualTo(vip.displayName());
        assertThat(failure(streamerApi.moderation().addChannelModerator(vip.id()))).hasMessageContaining("is a VIP");
        assertThat(failure(streamerApi.moderation().addChannelVip(mod.id()))).hasMessageContaining("is a moderator");

        await(streamerApi.moderation().removeChannelVip(vip.id()));
        assertThat(last().route()).isEqualTo("DELETE /channels/vips");
        assertThat(last().param("user_id")).hasValue(vip.id());
        assertThat(streamerApi.moderation().getVips().all().join()).extracting(Vip::userId).doesNotContain(vip.id());
    }

    // ---------------------------------------------------------------- Shield Mode, warnings, suspicious users

    @Test
    void shieldModeIsSwitchedAndRead() {
        MockUser channel = twitch.createUser("ShieldChannel", "channel:manage:moderators");
        HelixApi channelApi = await(app.addUser(channel.accessToken(), channel.refreshToken()));
        await(channelApi.moderation().addChannelModerator(mod.id()));

        ShieldModeStatus never = await(modApi.moderation().getShieldModeStatus(channel.id()));
        assertThat(last().route()).isEqualTo("GET /moderation/shield_mode");
        assertThat(never.isActive()).isFalse();
        assertThat(never.moderatorId()).isEmpty();
        assertThat(never.lastActivatedAt()).isNull();

        ShieldModeStatus on = await(modApi.moderation().updateShieldModeStatus(channel.id(), true));
        assertThat(last().route()).isEqualTo("PUT /moderation/shield_mode");
        assertThat(last().param("moderator_id")).hasValue(mod.id());
        assertThat(last().body()).isEqualTo("{\"is_active\":true}");
        assertThat(on.isActive()).isTrue();
        assertThat(on.moderatorId()).isEqualTo(mod.id());
        assertThat(on.moderatorLogin()).isEqualTo("tidymod");
        assertThat(on.moderatorName()).isEqualTo("TidyMod");
        assertThat(on.lastActivatedAt()).isNotNull();
        assertThat(await(modApi.moderation().getShieldModeStatus(channel.id()))).isEqualTo(on);
    }

    @Test
    void warnChatUserSendsTheWarningInADataObject() {
        MockUser target = viewer();

        Warning warning = await(modApi.moderation().warnChatUser(streamer.id(), target.id(), "no spoilers"));

        assertThat(last().route()).isEqualTo("POST /moderation/warnings");
        assertModeratorQuery(last());
        assertThat(last().body()).isEqualTo("{\"data\":{\"user_id\":\"" + target.id()
                + "\",\"reason\":\"no spoilers\"}}");
        assertThat(warning).isEqualTo(new Warning(streamer.id(), target.id(), mod.id(), "no spoilers"));
        assertThat(failure(modApi.moderation().warnChatUser(streamer.id(), streamer.id(), "you")))
                .hasMessageContaining("may not be warned");
    }

    @Test
    void suspiciousStatusIsAddedAndRemoved() {
        MockUser target = viewer();

        SuspiciousUser added = await(modApi.moderation().addSuspiciousStatusToChatUser(streamer.id(), target.id(),
                SuspiciousUserStatus.RESTRICTED));

        assertThat(last().route()).isEqualTo("POST /moderation/suspicious_users");
        assertModeratorQuery(last());
        assertThat(last().body()).isEqualTo("{\"user_id\":\"" + target.id() + "\",\"status\":\"RESTRICTED\"}");
        assertThat(added.userId()).isEqualTo(target.id());
        assertThat(added.broadcasterId()).isEqualTo(streamer.id());
        assertThat(added.moderatorId()).isEqualTo(mod.id());
        assertThat(added.updatedAt()).isNotNull();
        assertThat(added.status()).isEqualTo(SuspiciousUserStatus.RESTRICTED);
        assertThat(added.types()).containsExactly(SuspiciousUserType.MANUALLY_ADDED);

        SuspiciousUser removed = await(modApi.moderation().removeSuspiciousStatusFromChatUser(streamer.id(),
                target.id()));
        assertThat(last().route()).isEqualTo("DELETE /moderation/suspicious_users");
        assertThat(last().param("user_id")).hasValue(target.id());
        assertThat(removed.status()).isEqualTo(SuspiciousUserStatus.NO_TREATMENT);
    }

    @Test
    void theSuspiciousUserEndpointsAlsoTakeTheAppTokenForAModeratorWhoAuthorizedTheClient() {
        MockUser target = viewer();
        await(app.authorize());
        ModerationApi asApp = app.application().moderation();

        SuspiciousUser added = await(asApp.addSuspiciousStatusToChatUser(streamer.id(), mod.id(), target.id(),
                SuspiciousUserStatus.ACTIVE_MONITORING));

        assertThat(last().userId()).isNull();
        assertThat(last().param("moderator_id")).hasValue(mod.id());
        assertThat(added.moderatorId()).isEqualTo(mod.id());
        assertThat(added.status()).isEqualTo(SuspiciousUserStatus.ACTIVE_MONITORING);
        assertThat(await(asApp.removeSuspiciousStatusFromChatUser(streamer.id(), mod.id(), target.id())).status())
                .isEqualTo(SuspiciousUserStatus.NO_TREATMENT);
        assertThat(failure(asApp.addSuspiciousStatusToChatUser(streamer.id(), streamer.id(), target.id(),
                SuspiciousUserStatus.RESTRICTED))).hasMessageContaining("authorize this client");
    }

    // ---------------------------------------------------------------- limits and scopes, before any request

    @Test
    void limitsFailBeforeARequest() {
        ModerationApi m = modApi.moderation();
        String b = streamer.id();
        assertThatThrownBy(() -> m.timeoutUser(b, "1", Duration.ZERO, null)).hasMessageContaining("1209600");
        assertThatThrownBy(() -> m.timeoutUser(b, "1", Duration.ofSeconds(1_209_601), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.timeoutUser(b, "1", Duration.ofMillis(1500), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.banUser(b, "1", "x".repeat(501))).hasMessageContaining("at most 500");
        assertThatThrownBy(() -> m.addBlockedTerm(b, "x")).hasMessageContaining("2 to 500");
        assertThatThrownBy(() -> m.addBlockedTerm(b, "x".repeat(501))).hasMessageContaining("2 to 500");
        assertThatThrownBy(() -> m.warnChatUser(b, "1", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> m.warnChatUser(b, "1", "x".repeat(501))).hasMessageContaining("at most 500");
        assertThatThrownBy(() -> m.resolveUnbanRequest(b, "r", UnbanRequestStatus.PENDING, null))
                .hasMessageContaining("approved or denied");
        assertThatThrownBy(() -> m.resolveUnbanRequest(b, "r", UnbanRequestStatus.DENIED, "x".repeat(501)))
                .hasMessageContaining("at most 500");
        List<String> tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(String::valueOf).toList();
        assertThatThrownBy(() -> m.getBannedUsers(b, tooMany)).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> m.getModerators(b, tooMany)).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> m.getVips(b, tooMany)).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> m.checkAutoModStatus(b, List.of())).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> m.checkAutoModStatus(b, tooMany.stream().map(i -> new AutoModCheck(i, "t"))
                .toList())).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> m.addSuspiciousStatusToChatUser(b, "1", SuspiciousUserStatus.NO_TREATMENT))
                .hasMessageContaining("ACTIVE_MONITORING or RESTRICTED");
        assertThatThrownBy(() -> AutoModSettingsUpdate.overall(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AutoModSettingsUpdate.levels().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.deleteChatMessage(b, " ")).hasMessageContaining("messageId");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aTokenWithoutTheScopeFailsBeforeARequest() {
        ModerationApi m = bareApi.moderation();
        String b = streamer.id();
        List<java.util.concurrent.CompletableFuture<?>> calls = List.of(
                m.banUser(b, "1", null), m.unbanUser(b, "1"), m.addBlockedTerm(b, "term"),
                m.getAutoModSettings(b), m.updateShieldModeStatus(b, true), m.warnChatUser(b, "1", "r"),
                m.addChannelModerator("1"), m.addChannelVip("1"), m.clearChat(b),
                m.manageHeldAutoModMessage("msg", HeldMessageAction.DENY),
                m.checkAutoModStatus(List.of(new AutoModCheck("1", "t"))),
                m.resolveUnbanRequest(b, "r", UnbanRequestStatus.DENIED, null),
                m.addSuspiciousStatusToChatUser(b, "1", SuspiciousUserStatus.RESTRICTED));
        calls.forEach(call -> assertThat(failure(call)).isInstanceOf(MissingScopeException.class));
        assertThat(failure(m.getBannedUsers().all())).isInstanceOf(MissingScopeException.class);
        assertThat(failure(m.getVips().all())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:read:vips");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
