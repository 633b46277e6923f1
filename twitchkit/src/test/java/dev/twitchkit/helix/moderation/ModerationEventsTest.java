package dev.twitchkit.helix.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.AutomodMessageHoldEvent;
import dev.twitchkit.eventsub.event.AutomodMessageHoldV2Event;
import dev.twitchkit.eventsub.event.AutomodMessageStatus;
import dev.twitchkit.eventsub.event.AutomodMessageUpdateEvent;
import dev.twitchkit.eventsub.event.AutomodMessageUpdateV2Event;
import dev.twitchkit.eventsub.event.AutomodSettingsUpdateEvent;
import dev.twitchkit.eventsub.event.AutomodTermsAction;
import dev.twitchkit.eventsub.event.AutomodTermsUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelBanEvent;
import dev.twitchkit.eventsub.event.ChannelChatClearEvent;
import dev.twitchkit.eventsub.event.ChannelChatClearUserMessagesEvent;
import dev.twitchkit.eventsub.event.ChannelChatMessageDeleteEvent;
import dev.twitchkit.eventsub.event.ChannelModerateEvent;
import dev.twitchkit.eventsub.event.ChannelModerateV2Event;
import dev.twitchkit.eventsub.event.ChannelModeratorAddEvent;
import dev.twitchkit.eventsub.event.ChannelModeratorRemoveEvent;
import dev.twitchkit.eventsub.event.ChannelShieldModeBeginEvent;
import dev.twitchkit.eventsub.event.ChannelShieldModeEndEvent;
import dev.twitchkit.eventsub.event.ChannelSuspiciousUserUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelUnbanEvent;
import dev.twitchkit.eventsub.event.ChannelUnbanRequestCreateEvent;
import dev.twitchkit.eventsub.event.ChannelUnbanRequestResolveEvent;
import dev.twitchkit.eventsub.event.ChannelVipAddEvent;
import dev.twitchkit.eventsub.event.ChannelVipRemoveEvent;
import dev.twitchkit.eventsub.event.ChannelWarningSendEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.LowTrustStatus;
import dev.twitchkit.eventsub.event.ModerateAction;
import dev.twitchkit.eventsub.event.UnbanRequestStatus;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Moderation write raises the notifications Twitch raises, carrying the ids written, to a ClientUser. */
class ModerationEventsTest {
    private static final String[] SCOPES = {
        // to write
        "moderator:manage:banned_users", "channel:manage:moderators", "channel:manage:vips",
        "moderator:manage:shield_mode", "moderator:manage:warnings", "moderator:manage:unban_requests",
        "moderator:manage:blocked_terms", "moderator:manage:automod", "moderator:manage:chat_messages",
        "moderator:manage:suspicious_users", "moderator:manage:automod_settings", "moderation:read",
        // to hear
        "channel:moderate", "channel:read:vips", "moderator:read:chat_settings", "moderator:read:moderators",
        "moderator:read:vips", "moderator:read:warnings", "moderator:read:suspicious_users",
        "moderator:read:automod_settings", "user:read:chat", "user:write:chat"};
    private static final AtomicInteger USERS = new AtomicInteger();
    private static MockTwitch twitch;
    private static MockUser streamer;
    private static ClientUser bot;
    private static ModerationApi moderation;
    private static App chatters;
    private static final List<EventSubEvent> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        twitch = EventSubTestAccess.fastMock().start();
        streamer = twitch.createUser("streamer", SCOPES);
        bot = EventSubTestAccess.client(twitch);
        bot.on(EventSubEvent.class, n -> received.add(n.event()));
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        var eventsub = bot.eventsub();
        List.of(eventsub.channelBan(), eventsub.channelUnban(), eventsub.channelModerate(),
                eventsub.channelModerateV2(), eventsub.channelModeratorAdd(), eventsub.channelModeratorRemove(),
                eventsub.channelVipAdd(), eventsub.channelVipRemove(), eventsub.channelShieldModeBegin(),
                eventsub.channelShieldModeEnd(), eventsub.channelWarningSend(),
                eventsub.channelUnbanRequestResolve(), eventsub.automodTermsUpdate(),
                eventsub.automodMessageUpdate(), eventsub.automodMessageUpdateV2(),
                eventsub.automodSettingsUpdate(), eventsub.channelChatMessageDelete(), eventsub.channelChatClear(),
                eventsub.channelChatClearUserMessages(), eventsub.channelSuspiciousUserUpdate(),
                eventsub.automodMessageHold(), eventsub.automodMessageHoldV2(), eventsub.channelUnbanRequestCreate())
                .forEach(java.util.concurrent.CompletableFuture::join);
        moderation = bot.user().moderation();
        chatters = AppTestSupport.builder(twitch).build();
    }

    @AfterAll
    static void stop() {
        chatters.close();
        bot.close();
        twitch.close();
    }

    private static MockUser viewer() {
        return twitch.createUser("chatter" + USERS.incrementAndGet(), "user:write:chat");
    }

    /** The first event of {@code type} that matches, waiting for it. */
    private static <E extends EventSubEvent> E event(Class<E> type, Predicate<E> match) {
        return Awaitility.await(type.getSimpleName()).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> find(type, match), Optional::isPresent).get();
    }

    private static <E extends EventSubEvent> Optional<E> find(Class<E> type, Predicate<E> match) {
        return received.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst();
    }

    private static ChannelModerateV2Event moderate(ModerateAction action, Predicate<ChannelModerateV2Event> match) {
        return event(ChannelModerateV2Event.class, e -> e.action().equals(action) && match.test(e));
    }

    @Test
    void aBanRaisesChannelBanModerateInBothVersionsAndClearsTheUsersMessages() {
        MockUser target = viewer();

        moderation.banUser(streamer.id(), target.id(), "spam").join();

        ChannelBanEvent ban = event(ChannelBanEvent.class, e -> e.userId().equals(target.id()));
        assertThat(ban.broadcasterUserId()).isEqualTo(streamer.id());
        assertThat(ban.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(ban.userLogin()).isEqualTo(target.login());
        assertThat(ban.reason()).isEqualTo("spam");
        assertThat(ban.isPermanent()).isTrue();
        assertThat(ban.endsAt()).isNull();
        assertThat(ban.bannedAt()).isNotNull();
        ChannelModerateV2Event v2 = moderate(ModerateAction.BAN, e -> e.ban().userId().equals(target.id()));
        assertThat(v2.ban().reason()).isEqualTo("spam");
        assertThat(v2.timeout()).isNull();
        assertThat(v2.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(event(ChannelModerateEvent.class, e -> e.action().equals(ModerateAction.BAN)
                && e.ban().userId().equals(target.id()))).isNotNull();
        assertThat(event(ChannelChatClearUserMessagesEvent.class, e -> e.targetUserId().equals(target.id()))
                .targetUserLogin()).isEqualTo(target.login());
    }

    @Test
    void aTimeoutRaisesChannelBanWithItsEndAndModerateTimeout() {
        MockUser target = viewer();

        Ban timeout = moderation.timeoutUser(streamer.id(), target.id(), Duration.ofSeconds(90), "calm").join();

        ChannelBanEvent ban = event(ChannelBanEvent.class, e -> e.userId().equals(target.id()));
        assertThat(ban.isPermanent()).isFalse();
        assertThat(ban.endsAt()).isEqualTo(timeout.endTime());
        ChannelModerateV2Event v2 = moderate(ModerateAction.TIMEOUT, e -> e.timeout().userId().equals(target.id()));
        assertThat(v2.timeout().expiresAt()).isEqualTo(timeout.endTime());
        assertThat(v2.timeout().reason()).isEqualTo("calm");
    }

    @Test
    void anUnbanRaisesChannelUnbanAndModerateUnban() {
        MockUser target = viewer();
        moderation.banUser(streamer.id(), target.id(), null).join();

        moderation.unbanUser(streamer.id(), target.id()).join();

        ChannelUnbanEvent unban = event(ChannelUnbanEvent.class, e -> e.userId().equals(target.id()));
        assertThat(unban.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(moderate(ModerateAction.UNBAN, e -> e.unban().userId().equals(target.id())).unban().userLogin())
                .isEqualTo(target.login());
    }

    @Test
    void addingAndRemovingAModeratorRaisesModeratorAddAndRemoveAndModerateModUnmod() {
        MockUser user = viewer();

        moderation.addChannelModerator(user.id()).join();
        moderation.removeChannelModerator(user.id()).join();

        assertThat(event(ChannelModeratorAddEvent.class, e -> e.userId().equals(user.id())).broadcasterUserId())
                .isEqualTo(streamer.id());
        assertThat(event(ChannelModeratorRemoveEvent.class, e -> e.userId().equals(user.id())).userLogin())
                .isEqualTo(user.login());
        moderate(ModerateAction.MOD, e -> e.mod().userId().equals(user.id()));
        moderate(ModerateAction.UNMOD, e -> e.unmod().userId().equals(user.id()));
    }

    @Test
    void addingAndRemovingAVipRaisesVipAddAndRemoveAndModerateVipUnvip() {
        MockUser user = viewer();

        moderation.addChannelVip(user.id()).join();
        moderation.removeChannelVip(user.id()).join();

        assertThat(event(ChannelVipAddEvent.class, e -> e.userId().equals(user.id())).broadcasterUserId())
                .isEqualTo(streamer.id());
        assertThat(event(ChannelVipRemoveEvent.class, e -> e.userId().equals(user.id())).userLogin())
                .isEqualTo(user.login());
        moderate(ModerateAction.VIP, e -> e.vip().userId().equals(user.id()));
        moderate(ModerateAction.UNVIP, e -> e.unvip().userId().equals(user.id()));
    }

    @Test
    void shieldModeOnAndOffRaisesBeginAndEnd() {
        ShieldModeStatus on = moderation.updateShieldModeStatus(streamer.id(), true).join();
        moderation.updateShieldModeStatus(streamer.id(), false).join();

        ChannelShieldModeBeginEvent begin = event(ChannelShieldModeBeginEvent.class, e -> true);
        assertThat(begin.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(begin.startedAt()).isEqualTo(on.lastActivatedAt());
        assertThat(event(ChannelShieldModeEndEvent.class, e -> true).moderatorUserId()).isEqualTo(streamer.id());
    }

    @Test
    void aWarningRaisesWarningSendAndModerateV2Warn() {
        MockUser user = viewer();

        moderation.warnChatUser(streamer.id(), user.id(), "no spoilers").join();

        ChannelWarningSendEvent warning = event(ChannelWarningSendEvent.class, e -> e.userId().equals(user.id()));
        assertThat(warning.reason()).isEqualTo("no spoilers");
        assertThat(warning.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(moderate(ModerateAction.WARN, e -> e.warn().userId().equals(user.id())).warn().reason())
                .isEqualTo("no spoilers");
    }

    @Test
    void anUnbanRequestRaisesCreateAndItsResolutionRaisesResolveAndModerate() {
        MockUser user = viewer();
        moderation.banUser(streamer.id(), user.id(), null).join();
        String requestId = twitch.requestUnban(streamer.id(), user.id(), "please");

        ChannelUnbanRequestCreateEvent create = event(ChannelUnbanRequestCreateEvent.class,
                e -> e.id().equals(requestId));
        assertThat(create.userId()).isEqualTo(user.id());
        assertThat(create.text()).isEqualTo("please");

        moderation.resolveUnbanRequest(streamer.id(), requestId,
                dev.twitchkit.helix.moderation.UnbanRequestStatus.DENIED, "no").join();

        ChannelUnbanRequestResolveEvent resolve = event(ChannelUnbanRequestResolveEvent.class,
                e -> e.id().equals(requestId));
        assertThat(resolve.userId()).isEqualTo(user.id());
        assertThat(resolve.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(resolve.status()).isEqualTo(UnbanRequestStatus.DENIED);
        assertThat(resolve.resolutionText()).isEqualTo("no");
        ChannelModerateV2Event v2 = moderate(ModerateAction.DENY_UNBAN_REQUEST,
                e -> e.unbanRequest().userId().equals(user.id()));
        assertThat(v2.unbanRequest().isApproved()).isFalse();
        assertThat(v2.unbanRequest().moderatorMessage()).isEqualTo("no");
    }

    @Test
    void blockedTermsRaiseAutomodTermsUpdateAndModerate() {
        BlockedTerm term = moderation.addBlockedTerm(streamer.id(), "spoilerword").join();
        moderation.removeBlockedTerm(streamer.id(), term.id()).join();

        AutomodTermsUpdateEvent added = event(AutomodTermsUpdateEvent.class,
                e -> e.action().equals(AutomodTermsAction.ADD_BLOCKED) && e.terms().contains("spoilerword"));
        assertThat(added.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(added.fromAutomod()).isFalse();
        event(AutomodTermsUpdateEvent.class,
                e -> e.action().equals(AutomodTermsAction.REMOVE_BLOCKED) && e.terms().contains("spoilerword"));
        assertThat(moderate(ModerateAction.ADD_BLOCKED_TERM, e -> e.automodTerms().terms().contains("spoilerword"))
                .automodTerms().fromAutomod()).isFalse();
        moderate(ModerateAction.REMOVE_BLOCKED_TERM, e -> e.automodTerms().terms().contains("spoilerword"));
    }

    @Test
    void aHeldMessageRaisesHoldAndItsResolutionRaisesAutomodMessageUpdateInBothVersions() {
        MockUser user = viewer();
        String held = twitch.holdChatMessage(streamer.id(), user.id(), "borderline words");

        assertThat(event(AutomodMessageHoldEvent.class, e -> e.messageId().equals(held)).userId())
                .isEqualTo(user.id());
        assertThat(event(AutomodMessageHoldV2Event.class, e -> e.messageId().equals(held)).message().text())
                .isEqualTo("borderline words");

        moderation.manageHeldAutoModMessage(held, HeldMessageAction.DENY).join();

        AutomodMessageUpdateEvent v1 = event(AutomodMessageUpdateEvent.class, e -> e.messageId().equals(held));
        assertThat(v1.userId()).isEqualTo(user.id());
        assertThat(v1.moderatorUserId()).isEqualTo(streamer.id());
        assertThat(v1.status()).isEqualTo(AutomodMessageStatus.DENIED);
        assertThat(v1.message().text()).isEqualTo("borderline words");
        AutomodMessageUpdateV2Event v2 = event(AutomodMessageUpdateV2Event.class, e -> e.messageId().equals(held));
        assertThat(v2.status()).isEqualTo(AutomodMessageStatus.DENIED);
        assertThat(v2.userId()).isEqualTo(user.id());
    }

    @Test
    void deletingAMessageAndClearingTheChatRaiseMessageDeleteClearAndModerate() {
        MockUser chatter = viewer();
        HelixApi chatterApi = AppTestSupport.await(chatters.addUser(chatter.accessToken(), chatter.refreshToken()));
        String messageId = chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "delete me").join()
                .messageId();

        moderation.deleteChatMessage(streamer.id(), messageId).join();
        moderation.clearChat(streamer.id()).join();

        ChannelChatMessageDeleteEvent deleted = event(ChannelChatMessageDeleteEvent.class,
                e -> e.messageId().equals(messageId));
        assertThat(deleted.targetUserId()).isEqualTo(chatter.id());
        ChannelModerateV2Event v2 = moderate(ModerateAction.DELETE, e -> e.delete().messageId().equals(messageId));
        assertThat(v2.delete().userId()).isEqualTo(chatter.id());
        assertThat(v2.delete().messageBody()).isEqualTo("delete me");
        assertThat(event(ChannelChatClearEvent.class, e -> true).broadcasterUserId()).isEqualTo(streamer.id());
        moderate(ModerateAction.CLEAR, e -> true);
    }

    @Test
    void suspiciousStatusRaisesSuspiciousUserUpdate() {
        MockUser user = viewer();

        moderation.addSuspiciousStatusToChatUser(streamer.id(), user.id(), SuspiciousUserStatus.RESTRICTED).join();

        ChannelSuspiciousUserUpdateEvent update = event(ChannelSuspiciousUserUpdateEvent.class,
                e -> e.userId().equals(user.id()));
        assertThat(update.lowTrustStatus()).isEqualTo(LowTrustStatus.RESTRICTED);
        assertThat(update.moderatorUserId()).isEqualTo(streamer.id());
    }

    @Test
    void autoModSettingsRaiseAutomodSettingsUpdate() {
        moderation.updateAutoModSettings(streamer.id(), AutoModSettingsUpdate.levels().aggression(3).build()).join();

        AutomodSettingsUpdateEvent update = event(AutomodSettingsUpdateEvent.class, e -> e.aggression() == 3);
        assertThat(update.overallLevel()).isNull();
        assertThat(update.swearing()).isZero();
        assertThat(update.moderatorUserId()).isEqualTo(streamer.id());
    }
}
