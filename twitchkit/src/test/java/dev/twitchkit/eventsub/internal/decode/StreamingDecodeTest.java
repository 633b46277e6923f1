package dev.twitchkit.eventsub.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The decoder's streaming path for notifications and its hand-over to the tree path: every frame shape must decode
 * to the same message and the same counts whichever path took it.
 */
class StreamingDecodeTest {
    record FollowEvent(String userId, String userLogin, Instant followedAt) implements EventSubEvent {
    }

    record GrantEvent(String id) implements EventSubEvent {
    }

    private final MessageDecoder decoder = new MessageDecoder((type, version) ->
            type.equals("channel.follow") && version.equals("2") ? Optional.of(FollowEvent.class)
                    : type.equals("drop.entitlement.grant") ? Optional.of(GrantEvent.class) : Optional.empty());

    private static final String METADATA = "{\"message_id\":\"m-1\",\"message_type\":\"notification\","
            + "\"message_timestamp\":\"2023-07-19T14:56:51.634234626Z\",\"subscription_type\":\"channel.follow\","
            + "\"subscription_version\":\"2\"}";
    private static final String SUBSCRIPTION = "{\"id\":\"sub-1\",\"status\":\"enabled\",\"type\":\"channel.follow\","
            + "\"version\":\"2\",\"cost\":0,\"condition\":{\"broadcaster_user_id\":\"1\",\"moderator_user_id\":\"1\"},"
            + "\"transport\":{\"method\":\"websocket\",\"session_id\":\"s-1\"},"
            + "\"created_at\":\"2023-07-19T14:56:50.000000001Z\"}";
    private static final String EVENT = "{\"user_id\":\"42\",\"user_login\":\"viewer\","
            + "\"followed_at\":\"2023-07-19T14:56:51.634234626Z\"}";
    private static final FollowEvent FOLLOW = new FollowEvent("42", "viewer",
            Instant.parse("2023-07-19T14:56:51.634234626Z"));

    private Notification<?> single(String frame) {
        Message m = decoder.decode(frame);
        assertThat(m).isInstanceOf(Message.Notification.class);
        List<Notification<?>> events = ((Message.Notification) m).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** What handlers would get from the message: its events once bound. */
    private static List<Notification<?>> delivered(Message m) {
        return m instanceof Message.Notification n ? n.events() : List.of();
    }

    @Test
    void everyMemberOrderDecodesToTheSameNotification() {
        String twitchOrder = "{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + EVENT + "}}";
        String payloadFirst = "{\"payload\":{\"subscription\":" + SUBSCRIPTION + ",\"event\":" + EVENT
                + "},\"metadata\":" + METADATA + "}";
        String eventFirst = "{\"metadata\":" + METADATA + ",\"payload\":{\"event\":" + EVENT + ",\"subscription\":"
                + SUBSCRIPTION + "}}";
        Notification<?> expected = single(twitchOrder);
        assertThat(decoder.streamedFrames()).isEqualTo(1);
        assertThat(expected.event()).isEqualTo(FOLLOW);
        assertThat(single(payloadFirst)).isEqualTo(expected);
        assertThat(single(eventFirst)).isEqualTo(expected);
        assertThat(decoder.streamedFrames()).isEqualTo(1); // the other two orders took the tree path
        assertThat(expected.subscription().condition()).containsEntry("moderator_user_id", "1");
        assertThat(expected.subscription().createdAt()).isEqualTo(Instant.parse("2023-07-19T14:56:50.000000001Z"));
        assertThat(decoder.counters().unknownFields()).isZero();
        assertThat(decoder.counters().malformed()).isZero();
    }

    @Test
    void lazyRawEventEqualsTheEventObjectOfTheFrame() {
        String frame = "{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + EVENT + "}}";
        Notification<?> n = single(frame);
        JsonNode expected = Json.mapper().readTree(frame).path("payload").path("event");
        assertThat(n.rawEvent()).isEqualTo(expected);
        assertThat(n.rawEvent()).isSameAs(n.rawEvent()); // built once
        assertThat(decoder.streamedFrames()).isEqualTo(1);
    }

    @Test
    void lazyRawEventIsBuiltOnceAcrossThreads() {
        Notification<?> n = single("{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + EVENT + "}}");
        List<CompletableFuture<JsonNode>> reads = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(n::rawEvent)).toList();
        JsonNode first = reads.get(0).join();
        assertThat(reads).allSatisfy(r -> assertThat(r.join()).isSameAs(first));
    }

    @Test
    void batchedEventsKeepTheirOwnRawJson() {
        String frame = "{\"metadata\":" + METADATA.replace("channel.follow", "drop.entitlement.grant")
                + ",\"payload\":{\"subscription\":" + SUBSCRIPTION.replace("channel.follow", "drop.entitlement.grant")
                        .replace("sub-1", "sub-2")
                + ",\"events\":[{\"id\":\"a\"},7,{\"id\":\"b\",\"data\":{\"x\":1}}]}}";
        List<Notification<?>> events = ((Message.Notification) decoder.decode(frame)).events();
        assertThat(events.stream().map(n -> (Object) n.event()).toList()).containsExactly(new GrantEvent("a"),
                new GrantEvent("b"));
        assertThat(events.get(1).rawEvent().path("data").path("x").asInt()).isEqualTo(1);
        assertThat(events.get(0).rawEvent()).isEqualTo(Json.mapper().readTree("{\"id\":\"a\"}"));
        assertThat(decoder.streamedFrames()).isEqualTo(1);
        assertThat(decoder.counters().unknownFields()).isEqualTo(1); // "data"
    }

    @Test
    void unknownFieldsInsideTheEventAreCountedOnceInEitherOrder() {
        String event = "{\"user_id\":\"42\",\"brand_new\":{\"nested\":[1,{\"a\":2}]},\"user_login\":\"viewer\","
                + "\"followed_at\":\"2023-07-19T14:56:51.634234626Z\",\"also_new\":[]}";
        Notification<?> fast = single("{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + event + "}}");
        assertThat(fast.event()).isEqualTo(FOLLOW);
        assertThat(decoder.streamedFrames()).isEqualTo(1);
        assertThat(fast.rawEvent().path("brand_new").path("nested").size()).isEqualTo(2);
        assertThat(decoder.counters().unknownFields()).isEqualTo(2);
        single("{\"payload\":{\"subscription\":" + SUBSCRIPTION + ",\"event\":" + event + "},\"metadata\":"
                + METADATA + "}");
        assertThat(decoder.counters().unknownFields()).isEqualTo(4);
    }

    @Test
    void anEventThatFailsToBindArrivesRawCountedAsBefore() {
        Notification<?> n = single("{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":{\"surprise\":1,\"followed_at\":\"not a time\"}}}");
        assertThat(n.event()).isInstanceOf(RawEvent.class);
        assertThat(((RawEvent) n.event()).json().path("surprise").asInt()).isEqualTo(1);
        assertThat(decoder.counters().unboundEvents()).isEqualTo(1);
        // Jackson reports a record's unknown members once the record is built, so a failed one reports none; the
        // streaming attempt before the tree path must not add any either.
        assertThat(decoder.counters().unknownFields()).isZero();
    }

    @Test
    void unknownMetadataAndPayloadMembersAreSkipped() {
        Notification<?> n = single("{\"metadata\":" + METADATA.replace("{", "{\"shiny\":[1,2],")
                + ",\"extra\":{\"a\":[]},\"payload\":{\"later\":null,\"subscription\":"
                + SUBSCRIPTION.replace("{\"id\"", "{\"future\":{\"x\":1},\"id\"") + ",\"event\":" + EVENT + "}}");
        assertThat(n.event()).isEqualTo(FOLLOW);
        assertThat(decoder.streamedFrames()).isEqualTo(1);
        assertThat(decoder.counters().unknownFields()).isEqualTo(1); // metadata.shiny, as the tree path counts
    }

    @Test
    void aSubscriptionWhoseStatusOrSessionChangedIsNotServedFromTheCache() {
        String frame = "{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + EVENT + "}}";
        assertThat(single(frame).subscription().sessionId()).isEqualTo("s-1");
        assertThat(single(frame.replace("\"s-1\"", "\"s-2\"")).subscription().sessionId()).isEqualTo("s-2");
        assertThat(single(frame).subscription()).isSameAs(single(frame).subscription());
        assertThat(decoder.streamedFrames()).isEqualTo(4);
        // Another subscription right after: its fields are compared with the last one's, and differ by one char.
        String other = frame.replace("sub-1", "sub-3").replace("\"broadcaster_user_id\":\"1\"",
                "\"broadcaster_user_id\":\"2\"").replace("\"enabled\"", "\"enabler\"");
        var metadata = single(other).subscription();
        assertThat(metadata.id()).isEqualTo("sub-3");
        assertThat(metadata.status()).isEqualTo("enabler");
        assertThat(metadata.condition()).containsEntry("broadcaster_user_id", "2").containsEntry("moderator_user_id", "1");
        assertThat(single(frame).subscription().condition()).containsEntry("broadcaster_user_id", "1");
    }

    @Test
    void unusualShapesStillDecodeAsBefore() {
        // A duplicated member, a numeric id and trailing garbage are left to the tree path.
        String duplicated = "{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + EVENT + ",\"event\":{\"user_id\":\"7\"}}}";
        assertThat(single(duplicated).event()).isEqualTo(new FollowEvent("7", null, null));
        String numericId = "{\"metadata\":" + METADATA.replace("\"m-1\"", "11") + ",\"payload\":{\"subscription\":"
                + SUBSCRIPTION + ",\"event\":" + EVENT + "}}";
        assertThat(single(numericId).messageId()).isEqualTo("11");
        String truncated = "{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + EVENT + "}";
        // The reading thread stops at the event; the rest of the frame is checked when the event is bound.
        assertThat(delivered(decoder.decode(truncated))).isEmpty();
        assertThat(decoder.counters().malformed()).isEqualTo(1);
        String noEvent = "{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":null}}";
        assertThat(decoder.decode(noEvent)).isInstanceOf(Message.Unknown.class);
        assertThat(decoder.counters().malformed()).isEqualTo(2);
    }

    @Test
    void unmodelledTypesArriveRawWithTheSameTree() {
        Notification<?> n = single("{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":"
                + SUBSCRIPTION.replace("\"version\":\"2\"", "\"version\":\"9\"") + ",\"event\":{\"anything\":[1]}}}");
        assertThat(n.event()).isInstanceOf(RawEvent.class);
        assertThat(((RawEvent) n.event()).json()).isSameAs(n.rawEvent());
        assertThat(decoder.streamedFrames()).isEqualTo(1);
        assertThat(n.version()).isEqualTo("9");
    }

    @Test
    void libraryRecordsAreBuiltThroughThePreparedConstructor() {
        MessageDecoder real = new MessageDecoder((type, version) -> dev.twitchkit.eventsub.SubscriptionType
                .find(type, version).map(dev.twitchkit.eventsub.SubscriptionType::eventClass));
        String event = "{\"user_id\":\"42\",\"user_login\":\"viewer\",\"user_name\":\"Viewer\","
                + "\"broadcaster_user_id\":\"1\",\"broadcaster_user_login\":\"b\",\"broadcaster_user_name\":\"B\","
                + "\"followed_at\":\"2023-07-19T14:56:51.634234626Z\"}";
        Message m = real.decode("{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":" + SUBSCRIPTION
                + ",\"event\":" + event + "}}");
        Object bound = ((Message.Notification) m).events().get(0).event();
        assertThat(bound).isEqualTo(new dev.twitchkit.eventsub.event.ChannelFollowEvent("42", "viewer", "Viewer", "1",
                "b", "B", Instant.parse("2023-07-19T14:56:51.634234626Z")));
        assertThat(real.streamedFrames()).isEqualTo(1);
        tools.jackson.databind.deser.bean.BeanDeserializerBase deserializer =
                (tools.jackson.databind.deser.bean.BeanDeserializerBase) MessageDecoder.eventMapper()
                        ._deserializationContext().findRootValueDeserializer(
                                MessageDecoder.eventMapper().constructType(dev.twitchkit.eventsub.event.ChannelFollowEvent.class));
        assertThat(deserializer.getValueInstantiator()).isInstanceOf(RecordConstructorInstantiator.class);
    }
}
