package dev.twitchkit.eventsub.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.ChannelCharityCampaignStartEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageDecoderTest {
    /** A stand-in model so the decoder's typed path is tested without the catalog. */
    record FollowEvent(String userId, String userLogin, Instant followedAt) implements EventSubEvent {
    }

    private final MessageDecoder decoder = new MessageDecoder((type, version) ->
            type.equals("channel.follow") && version.equals("2") ? Optional.of(FollowEvent.class) : Optional.empty());

    private static String envelope(String type, String extraMeta, String payload) {
        return "{\"metadata\":{\"message_id\":\"m-1\",\"message_type\":\"" + type + "\","
                + "\"message_timestamp\":\"2023-07-19T14:56:51.634234626Z\"" + extraMeta + "},\"payload\":" + payload + "}";
    }

    private static String subscription(String type, String version) {
        return "{\"id\":\"sub-1\",\"status\":\"enabled\",\"type\":\"" + type + "\",\"version\":\"" + version + "\","
                + "\"cost\":0,\"condition\":{\"broadcaster_user_id\":\"1\",\"moderator_user_id\":\"1\"},"
                + "\"transport\":{\"method\":\"websocket\",\"session_id\":\"s-1\"},"
                + "\"created_at\":\"2023-07-19T14:56:50.000000001Z\"}";
    }

    @Test
    void welcomeCarriesSessionIdAndKeepalive() {
        Message m = decoder.decode(envelope("session_welcome", "", "{\"session\":{\"id\":\"s-1\",\"status\":\"connected\","
                + "\"keepalive_timeout_seconds\":10,\"reconnect_url\":null,\"connected_at\":\"2023-07-19T14:56:51.616329898Z\"}}"));
        assertThat(m).isEqualTo(new Message.Welcome("m-1", Instant.parse("2023-07-19T14:56:51.634234626Z"), "s-1", 10));
    }

    @Test
    void notificationOfAModelledTypeBindsTheRecordAndKeepsTheRawJson() {
        Message m = decoder.decode(envelope("notification", ",\"subscription_type\":\"channel.follow\",\"subscription_version\":\"2\"",
                "{\"subscription\":" + subscription("channel.follow", "2") + ",\"event\":{\"user_id\":\"42\",\"user_login\":\"viewer\","
                        + "\"followed_at\":\"2023-07-19T14:56:51.634234626Z\"}}"));
        assertThat(m).isInstanceOf(Message.Notification.class);
        Notification<?> n = ((Message.Notification) m).events().get(0);
        assertThat(n.event()).isEqualTo(new FollowEvent("42", "viewer", Instant.parse("2023-07-19T14:56:51.634234626Z")));
        assertThat(n.rawEvent().get("user_login").asString()).isEqualTo("viewer");
        assertThat(n.subscription().sessionId()).isEqualTo("s-1");
        assertThat(n.subscription().condition()).containsEntry("broadcaster_user_id", "1");
        assertThat(n.messageId()).isEqualTo("m-1");
    }

    @Test
    void eventFieldsTheModelLacksAreCountedAndSkipped() {
        Message m = decoder.decode(envelope("notification", "", "{\"subscription\":" + subscription("channel.follow", "2")
                + ",\"event\":{\"user_id\":\"42\",\"brand_new\":{\"nested\":[1,2]},\"user_login\":\"viewer\"}}"));
        FollowEvent event = (FollowEvent) ((Message.Notification) m).events().get(0).event();
        assertThat(event.userLogin()).isEqualTo("viewer");
        assertThat(decoder.counters().unknownFields()).isEqualTo(1);
    }

    @Test
    void charityEventAsTheTwitchCliWritesItBindsWithNothingUnknown() {
        MessageDecoder charity = new MessageDecoder((type, version) -> Optional.of(
                ChannelCharityCampaignStartEvent.class));
        Message m = charity.decode(envelope("notification", "", "{\"subscription\":"
                + subscription("channel.charity_campaign.start", "1") + ",\"event\":{\"id\":\"c-1\","
                + "\"broadcaster_user_id\":\"1337\",\"broadcaster_user_login\":\"cool_streamer\","
                + "\"broadcaster_user_name\":\"Cool_Streamer\",\"charity_name\":\"Example Charity\","
                + "\"current_amount\":{\"value\":0,\"decimal_places\":2,\"currency\":\"USD\"}}}"));

        ChannelCharityCampaignStartEvent event =
                (ChannelCharityCampaignStartEvent) ((Message.Notification) m).events().get(0).event();
        assertThat(event.broadcasterId()).isEqualTo("1337");
        assertThat(event.broadcasterLogin()).isEqualTo("cool_streamer");
        assertThat(event.broadcasterName()).isEqualTo("Cool_Streamer");
        assertThat(charity.counters().unknownFields()).isZero();
    }

    @Test
    void unknownTypeOrVersionArrivesRaw() {
        Message m = decoder.decode(envelope("notification", "", "{\"subscription\":" + subscription("channel.follow", "9")
                + ",\"event\":{\"anything\":1}}"));
        Notification<?> n = ((Message.Notification) m).events().get(0);
        assertThat(n.event()).isInstanceOf(RawEvent.class);
        assertThat(((RawEvent) n.event()).version()).isEqualTo("9");
        assertThat(((RawEvent) n.event()).json().get("anything").asInt()).isEqualTo(1);
    }

    @Test
    void eventThatDoesNotFitItsModelArrivesRawAndIsCounted() {
        Message m = decoder.decode(envelope("notification", "", "{\"subscription\":" + subscription("channel.follow", "2")
                + ",\"event\":{\"followed_at\":\"not a time\"}}"));
        assertThat(((Message.Notification) m).events().get(0).event()).isInstanceOf(RawEvent.class);
        assertThat(decoder.counters().unboundEvents()).isEqualTo(1);
    }

    @Test
    void batchedEventsBecomeOneNotificationEach() {
        Message m = decoder.decode(envelope("notification", "", "{\"subscription\":" + subscription("drop.entitlement.grant", "1")
                + ",\"events\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}"));
        assertThat(((Message.Notification) m).events()).hasSize(3)
                .allSatisfy(n -> assertThat(n.messageId()).isEqualTo("m-1"));
    }

    @Test
    void reconnectKeepsTheUrlAsGiven() {
        Message m = decoder.decode(envelope("session_reconnect", "", "{\"session\":{\"id\":\"s-1\",\"status\":\"reconnecting\","
                + "\"keepalive_timeout_seconds\":null,\"reconnect_url\":\"ws://h:1/ws?reconnect_token=a%2Bb&x=1\",\"connected_at\":\"2023-07-19T14:56:51Z\"}}"));
        assertThat(((Message.Reconnect) m).reconnectUrl().toString()).isEqualTo("ws://h:1/ws?reconnect_token=a%2Bb&x=1");
    }

    @Test
    void revocationCarriesTheStatus() {
        Message m = decoder.decode(envelope("revocation", "", "{\"subscription\":" + subscription("channel.follow", "2")
                .replace("\"enabled\"", "\"authorization_revoked\"") + "}"));
        assertThat(((Message.Revocation) m).subscription().status()).isEqualTo("authorization_revoked");
    }

    @Test
    void aNotificationWithoutAnEventForASubscriptionNoLongerEnabledIsItsRevocation() {
        // How some servers revoke: a notification carrying the subscription's new status and no event.
        Message m = decoder.decode(envelope("notification", "", "{\"subscription\":" + subscription("channel.follow", "2")
                .replace("\"enabled\"", "\"user_removed\"") + "}"));
        assertThat(m).isInstanceOfSatisfying(Message.Revocation.class, r -> {
            assertThat(r.messageId()).isEqualTo("m-1");
            assertThat(r.subscription().id()).isEqualTo("sub-1");
            assertThat(r.subscription().status()).isEqualTo("user_removed");
        });
        assertThat(decoder.counters().malformed()).isZero();
    }

    @Test
    void keepalive() {
        assertThat(decoder.decode(envelope("session_keepalive", "", "{}"))).isInstanceOf(Message.Keepalive.class);
    }

    @Test
    void malformedFramesNeverThrowAndAreCounted() {
        assertThat(decoder.decode("{not json")).isInstanceOf(Message.Unknown.class);
        assertThat(decoder.decode("[1,2]")).isInstanceOf(Message.Unknown.class);
        assertThat(decoder.decode("")).isInstanceOf(Message.Unknown.class);
        assertThat(decoder.decode("{\"metadata\":{}}")).isInstanceOf(Message.Unknown.class);
        assertThat(decoder.decode(envelope("notification", "", "{\"subscription\":{}}"))).isInstanceOf(Message.Unknown.class);
        assertThat(decoder.decode(envelope("notification", "", "{\"subscription\":" + subscription("a.b", "1") + "}")))
                .isInstanceOf(Message.Unknown.class);
        assertThat(decoder.counters().malformed()).isEqualTo(6);
    }

    @Test
    void unknownMessageTypesAndFieldsAreCounted() {
        assertThat(decoder.decode(envelope("session_teleport", "", "{}"))).isEqualTo(new Message.Unknown("session_teleport", "unknown message type"));
        decoder.decode(envelope("session_keepalive", ",\"shiny_new_field\":true", "{}"));
        assertThat(decoder.counters().unknownTypes()).isEqualTo(1);
        assertThat(decoder.counters().unknownFields()).isEqualTo(1);
    }
}
