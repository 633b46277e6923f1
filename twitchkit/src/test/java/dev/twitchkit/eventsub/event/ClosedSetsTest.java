package dev.twitchkit.eventsub.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.internal.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Closed sets keep values Twitch adds later instead of failing the whole event. */
class ClosedSetsTest {

    @Test
    void knownValueBindsToItsConstant() {
        assertThat(StreamType.of("live")).isSameAs(StreamType.LIVE);
        assertThat(StreamType.LIVE.isKnown()).isTrue();
        assertThat(SubTier.of("3000")).isSameAs(SubTier.TIER_3);
    }

    @Test
    void unknownValueIsKeptAsSent() {
        StreamType future = StreamType.of("holo_stream");

        assertThat(future.isKnown()).isFalse();
        assertThat(future.value()).isEqualTo("holo_stream");
        assertThat(future).isEqualTo(StreamType.of("holo_stream")).hasToString("holo_stream");
        assertThat(StreamType.known()).doesNotContain(future);
    }

    @Test
    void eventWithUnknownValueAndUnknownFieldStillBinds() {
        ObjectNode node = (ObjectNode) Fixtures.eventNodes(SubscriptionType.STREAM_ONLINE_V1).get(0);
        node.put("type", "holo_stream");
        node.put("field_twitch_added_later", 42);

        StreamOnlineEvent event = Json.mapper().treeToValue(node, StreamOnlineEvent.class);

        assertThat(event.type().value()).isEqualTo("holo_stream");
        assertThat(event.type().isKnown()).isFalse();
        assertThat(event.broadcasterUserId()).isEqualTo("1337");
    }

    @Test
    void automodStatusComparesEqualAcrossVersionsCasing() {
        assertThat(AutomodMessageStatus.of("Approved")).isSameAs(AutomodMessageStatus.APPROVED);
        assertThat(AutomodMessageStatus.of("approved")).isSameAs(AutomodMessageStatus.APPROVED);
        assertThat(new AutomodMessageStatus("Expired")).isEqualTo(AutomodMessageStatus.EXPIRED);
    }

    @Test
    void closedSetWritesBackAsItsString() {
        assertThat(Json.mapper().writeValueAsString(ChatNoticeType.SUB_GIFT)).isEqualTo("\"sub_gift\"");
        assertThat(Json.mapper().readValue("\"sub_gift\"", ChatNoticeType.class)).isSameAs(ChatNoticeType.SUB_GIFT);
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> StreamType.of(null));
    }

    @Test
    void listsInEventsAreImmutable() {
        ChannelChatMessageEvent event = Json.mapper().treeToValue(
                Fixtures.eventNodes(SubscriptionType.CHANNEL_CHAT_MESSAGE_V1).get(0),
                ChannelChatMessageEvent.class);

        assertThat(event.badges()).isUnmodifiable();
        assertThat(event.message().fragments()).isUnmodifiable();
    }
}
