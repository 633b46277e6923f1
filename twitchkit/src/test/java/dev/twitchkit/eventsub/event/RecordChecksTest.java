package dev.twitchkit.eventsub.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.internal.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture checks catch what they are meant to catch, so a passing fixture test means something. */
class RecordChecksTest {

    @Test
    void nullComponentIsReportedWithItsPath() {
        ChannelFollowEvent follow = new ChannelFollowEvent("1", "login", null, "2", "caster", "Caster", null);

        assertThat(RecordChecks.unpopulated(follow, "follow"))
                .containsExactly("follow.userName is null", "follow.followedAt is null");
    }

    @Test
    void listComponentCountsAsPopulatedWhenAnyElementHasIt() {
        ChatMessage message = new ChatMessage("hi Kappa", List.of(
                new ChatMessageFragment(FragmentType.TEXT, "hi ", null, null, null),
                new ChatMessageFragment(FragmentType.EMOTE, "Kappa", null,
                        new ChatEmote("25", "0", "0", List.of("static")), null)));

        assertThat(RecordChecks.unpopulated(message, "message")).containsExactly(
                "message.fragments[*].cheermote is null in every element",
                "message.fragments[*].mention is null in every element");
    }

    @Test
    void emptyListAndUndocumentedClosedSetValueAreReported() {
        ChatMessage message = new ChatMessage("", List.of());
        StreamOfflineEvent offline = new StreamOfflineEvent("1", "a", "A");

        assertThat(RecordChecks.unpopulated(message, "message")).containsExactly("message.fragments is empty");
        assertThat(RecordChecks.unpopulated(StreamType.of("holo_stream"), "type"))
                .containsExactly("type has the undocumented value holo_stream");
        assertThat(RecordChecks.unpopulated(offline, "offline")).isEmpty();
    }

    @Test
    void jsonFieldWithoutComponentIsReported() {
        var node = Json.mapper().readTree("""
                {"user_id":"1","user_login":"a","user_name":"A","broadcaster_user_id":"2",
                 "broadcaster_user_login":"b","broadcaster_user_name":"B","followed_at":"2026-01-01T00:00:00Z",
                 "tier":"1000"}""");

        assertThat(RecordChecks.unbound(node, ChannelFollowEvent.class, "event"))
                .containsExactly("event.tier has no component in ChannelFollowEvent");
    }

    @Test
    void annotatedComponentIsMatchedByItsJsonName() {
        var node = Json.mapper().readTree("{\"url_1x\":\"a\",\"url_2x\":\"b\",\"url_4x\":\"c\"}");

        assertThat(RecordChecks.unbound(node, RewardImage.class, "image")).isEmpty();
        assertThat(Json.mapper().treeToValue(node, RewardImage.class)).isEqualTo(new RewardImage("a", "b", "c"));
    }

    @Test
    void jsonNullThatArrivesAsAValueIsReported() {
        var node = Json.mapper().readTree("{\"tier\":null}");
        ChatNotificationBitsBadgeTier bound = Json.mapper().treeToValue(node, ChatNotificationBitsBadgeTier.class);

        assertThat(RecordChecks.nullMismatches(node, bound, "badge"))
                .containsExactly("badge.tier was sent null but arrived as 0");
        assertThat(RecordChecks.nullsSent(node, ChatNotificationBitsBadgeTier.class))
                .containsExactly(new RecordChecks.Component(ChatNotificationBitsBadgeTier.class, "tier"));
    }

    @Test
    void aliasIsMatchedLikeTheComponentsOwnName() {
        var node = Json.mapper().readTree("{\"value\":1,\"decimal_places\":2,\"currency\":\"USD\"}");

        assertThat(RecordChecks.unbound(node, ChatCharityAmount.class, "amount")).isEmpty();
    }

    @Test
    void nullableDocsReadTheRecordsJavadoc() {
        assertThat(NullableDocs.allowsNull(new RecordChecks.Component(ChatNotificationSubGift.class,
                "communityGiftId"))).isTrue();
        assertThat(NullableDocs.allowsNull(new RecordChecks.Component(ChatNotificationSubGift.class,
                "recipientUserId"))).isFalse();
        assertThat(NullableDocs.allowsNull(new RecordChecks.Component(ChannelChatMessageEvent.class, "badges")))
                .as("a list documented as empty when Twitch sends none").isTrue();
        assertThat(NullableDocs.mustBeSentNull(ChatNotificationSubGift.class)).extracting(Object::toString)
                .containsExactlyInAnyOrder("ChatNotificationSubGift.cumulativeTotal",
                        "ChatNotificationSubGift.communityGiftId");
        assertThat(NullableDocs.mustBeSentNull(ChannelChatNotificationEvent.class)).extracting(Object::toString)
                .contains("ChannelChatNotificationEvent.sub", "ChatNotificationResub.streakMonths")
                .as("kept to show its own nulls").doesNotContain("ChannelChatNotificationEvent.resub");
    }
}
