package dev.twitchkit.eventsub.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Spot checks of what the fixture test cannot see: values, precision, batching and the shared shapes. */
class EventBindingTest {

    private static <E extends EventSubEvent> E bind(SubscriptionType<E> type) {
        return Json.mapper().treeToValue(Fixtures.eventNodes(type).get(0), type.eventClass());
    }

    @Test
    void timestampsKeepTwitchsNanoseconds() {
        ChannelFollowEvent follow = bind(SubscriptionType.CHANNEL_FOLLOW_V2);

        assertThat(follow.followedAt()).isEqualTo(Instant.parse("2026-11-28T16:52:11.171067130Z"));
        assertThat(follow.followedAt().getNano()).isEqualTo(171_067_130);
    }

    @Test
    void chatMessageFragmentsCarryTheirKindsPayload() {
        ChannelChatMessageEvent message = bind(SubscriptionType.CHANNEL_CHAT_MESSAGE_V1);

        assertThat(message.message().fragments()).extracting(ChatMessageFragment::type).containsExactly(
                FragmentType.TEXT, FragmentType.EMOTE, FragmentType.TEXT, FragmentType.CHEERMOTE, FragmentType.TEXT,
                FragmentType.MENTION);
        assertThat(message.message().fragments().get(1).emote().format()).containsExactly("static", "animated");
        assertThat(message.message().fragments().get(3).cheermote().bits()).isEqualTo(100);
        assertThat(message.message().fragments().get(5).mention().userLogin()).isEqualTo("tidy_mod");
        assertThat(message.messageType()).isEqualTo(ChatMessageType.CHANNEL_POINTS_HIGHLIGHTED);
        assertThat(message.cheer().bits()).isEqualTo(100);
    }

    @Test
    void batchedDropGrantBindsEachElement() {
        List<JsonNode> nodes = Fixtures.eventNodes(SubscriptionType.DROP_ENTITLEMENT_GRANT_V1);

        List<DropEntitlementGrantEvent> grants = nodes.stream()
                .map(node -> Json.mapper().treeToValue(node, DropEntitlementGrantEvent.class))
                .toList();

        assertThat(grants).hasSize(2);
        assertThat(grants).extracting(grant -> grant.data().userLogin())
                .containsExactly("curious_viewer", "another_viewer");
        assertThat(grants.get(1).data().createdAt().getNano()).isEqualTo(987_654_321);
    }

    @Test
    void oneOfConditionTypeBindsBothSides() {
        ChannelRaidEvent raid = bind(SubscriptionType.CHANNEL_RAID_V1);

        assertThat(raid.fromBroadcasterUserLogin()).isEqualTo("partner_stream");
        assertThat(raid.toBroadcasterUserLogin()).isEqualTo("cool_streamer");
        assertThat(raid.viewers()).isEqualTo(9001);
    }

    @Test
    void charityAmountsKeepMinorUnits() {
        ChannelCharityCampaignStartEvent start = bind(SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_START_V1);

        assertThat(start.targetAmount()).isEqualTo(new CharityAmount(1_500_000, 2, "USD"));
        assertThat(start.broadcasterId()).isEqualTo("1337");
    }

    @Test
    void automodVersionOneStatusBindsToTheSharedConstant() {
        AutomodMessageUpdateEvent v1 = bind(SubscriptionType.AUTOMOD_MESSAGE_UPDATE_V1);
        AutomodMessageUpdateV2Event v2 = bind(SubscriptionType.AUTOMOD_MESSAGE_UPDATE_V2);

        assertThat(v1.status()).isSameAs(AutomodMessageStatus.APPROVED);
        assertThat(v2.status()).isSameAs(AutomodMessageStatus.DENIED);
    }

    @Test
    void moderateActionNamesItsDetails() {
        ChannelModerateV2Event moderate = bind(SubscriptionType.CHANNEL_MODERATE_V2);

        assertThat(moderate.action()).isEqualTo(ModerateAction.WARN);
        assertThat(moderate.warn().chatRulesCited()).containsExactly("Rule 3: no spoilers");
    }

    @Test
    void optionalIntegersStayNullWhenTwitchSendsNull() {
        ObjectNode node = (ObjectNode) Fixtures.eventNodes(SubscriptionType.CHANNEL_SUBSCRIPTION_MESSAGE_V1).get(0);
        node.putNull("streak_months");

        ChannelSubscriptionMessageEvent message = Json.mapper().treeToValue(node,
                ChannelSubscriptionMessageEvent.class);

        assertThat(message.streakMonths()).isNull();
        assertThat(message.cumulativeMonths()).isEqualTo(15);
    }

    @Test
    void charityCampaignsReadEitherSpellingOfTheBroadcaster() {
        for (SubscriptionType<?> type : List.of(SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_DONATE_V1,
                SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_PROGRESS_V1, SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_START_V1,
                SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_STOP_V1)) {
            ObjectNode node = (ObjectNode) Fixtures.eventNodes(type).get(0);
            node.set("broadcaster_user_id", node.remove("broadcaster_id"));
            node.set("broadcaster_user_login", node.remove("broadcaster_login"));
            node.set("broadcaster_user_name", node.remove("broadcaster_name"));

            EventSubEvent event = Json.mapper().treeToValue(node, type.eventClass());

            assertThat(event).as("%s", type).extracting("broadcasterId", "broadcasterLogin", "broadcasterName")
                    .containsExactly("1337", "cool_streamer", "Cool_Streamer");
        }
    }

    @Test
    void chatCharityAmountReadsEitherSpellingOfTheExponent() {
        String singular = "{\"value\":1000,\"decimal_place\":2,\"currency\":\"USD\"}";
        String plural = "{\"value\":1000,\"decimal_places\":2,\"currency\":\"USD\"}";

        assertThat(Json.mapper().readValue(singular, ChatCharityAmount.class))
                .isEqualTo(new ChatCharityAmount(1000, 2, "USD"));
        assertThat(Json.mapper().readValue(plural, ChatCharityAmount.class))
                .isEqualTo(new ChatCharityAmount(1000, 2, "USD"));
    }

    @Test
    void anonymousGiftAndHiddenStreakStayNull() {
        ChannelChatNotificationEvent notice = Json.mapper().treeToValue(
                Fixtures.nullsEventNodes(SubscriptionType.CHANNEL_CHAT_NOTIFICATION_V1).get(0),
                ChannelChatNotificationEvent.class);

        assertThat(notice.chatterIsAnonymous()).isTrue();
        assertThat(notice.chatterUserId()).isNull();
        assertThat(notice.resub().streakMonths()).isNull();
        assertThat(notice.resub().cumulativeMonths()).isEqualTo(10);
        assertThat(notice.subGift().cumulativeTotal()).isNull();
        assertThat(notice.subGift().durationMonths()).isEqualTo(3);
    }

    @Test
    void watchStreakNoticeCarriesItsDetails() {
        ObjectNode node = (ObjectNode) Fixtures.eventNodes(SubscriptionType.CHANNEL_CHAT_NOTIFICATION_V1).get(0);
        node.put("notice_type", "watch_streak");

        ChannelChatNotificationEvent notice = Json.mapper().treeToValue(node, ChannelChatNotificationEvent.class);

        assertThat(notice.noticeType()).isSameAs(ChatNoticeType.WATCH_STREAK);
        assertThat(notice.watchStreak()).isEqualTo(new ChatNotificationWatchStreak(5, 350));
        assertThat(notice.isSourceOnly()).isFalse();
        assertThat(notice.payItForward().recipientUserLogin()).isEqualTo("lucky_lurker");
        assertThat(notice.sharedChatCharityDonation().amount().decimalPlace()).isEqualTo(2);
    }

    @Test
    void noticeTypeTwitchAddsLaterStillArrives() {
        ObjectNode node = (ObjectNode) Fixtures.eventNodes(SubscriptionType.CHANNEL_CHAT_NOTIFICATION_V1).get(0);
        node.put("notice_type", "shared_chat_watch_streak");
        node.putObject("shared_chat_watch_streak").put("streak_count", 3);

        ChannelChatNotificationEvent notice = Json.mapper().treeToValue(node, ChannelChatNotificationEvent.class);

        assertThat(notice.noticeType().value()).isEqualTo("shared_chat_watch_streak");
        assertThat(notice.noticeType().isKnown()).isFalse();
        assertThat(notice.broadcasterUserId()).isEqualTo("1337");
    }

    @Test
    void automodVersionOneFragmentsNameTheirKind() {
        AutomodMessageHoldEvent hold = bind(SubscriptionType.AUTOMOD_MESSAGE_HOLD_V1);

        assertThat(hold.message().fragments()).extracting(AutomodFragment::type)
                .containsExactly(FragmentType.TEXT, FragmentType.EMOTE, FragmentType.CHEERMOTE);
    }
}
