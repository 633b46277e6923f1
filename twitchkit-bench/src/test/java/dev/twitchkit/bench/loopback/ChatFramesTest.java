package dev.twitchkit.bench.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.twitch4j.common.util.TypeConvert;
import com.github.twitch4j.eventsub.socket.domain.EventSubSocketMessage;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.mock.MockSubscription;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatFramesTest {
    private final MockSubscription subscription = new MockSubscription("3f0a1b2c-0000-4000-8000-000000000001",
            "enabled", "channel.chat.message", "1", 0, Map.of("broadcaster_user_id", "42", "user_id", "42"),
            "websocket", "AQoQsession", "client", "42", Instant.parse("2026-11-28T17:00:00Z"), null);

    @Test
    void bothLibrariesReadTheSequenceAndStampFromTheText() {
        String frame = new ChatFrames(subscription).frame(1234, 987_654_321L);

        Message decoded = new MessageDecoder((type, version) -> SubscriptionType.find(type, version)
                .map(SubscriptionType::eventClass)).decode(frame);
        assertThat(decoded).isInstanceOf(Message.Notification.class);
        var event = (ChannelChatMessageEvent) ((Message.Notification) decoded).events().get(0).event();
        String text = event.message().text();
        assertThat(ChatFrames.sequenceOf(text)).isEqualTo(1234);
        assertThat(ChatFrames.sentNanosOf(text)).isEqualTo(987_654_321L);
        assertThat(event.broadcasterUserId()).isEqualTo("42");

        var t4j = (com.github.twitch4j.eventsub.events.ChannelChatMessageEvent)
                TypeConvert.jsonToObject(frame, EventSubSocketMessage.class).getPayload().getParsedEvent();
        assertThat(t4j.getMessage().getText()).isEqualTo(text);
    }

    @Test
    void messageIdsDifferPerSequence() {
        ChatFrames frames = new ChatFrames(subscription);
        MessageDecoder decoder = new MessageDecoder((type, version) -> SubscriptionType.find(type, version)
                .map(SubscriptionType::eventClass));
        String first = ((Message.Notification) decoder.decode(frames.frame(1, 0))).messageId();
        String second = ((Message.Notification) decoder.decode(frames.frame(2, 0))).messageId();
        assertThat(first).isNotEqualTo(second);
    }
}
