package dev.twitchkit.eventsub.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.internal.dispatch.Dispatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A notification's event record is bound where {@link PendingNotification#get()} runs (the dispatch stage), not in
 * {@link MessageDecoder#decode}; and whatever the frame holds after its event, the outcome (events, counts) equals the
 * tree path's.
 */
class DeferredBindingTest {
    /** A model that notes each thread that builds it. */
    record TracedFollow(String userId, String userLogin, Instant followedAt) implements EventSubEvent {
        static final Map<String, List<String>> BUILT_ON = new ConcurrentHashMap<>();

        TracedFollow {
            BUILT_ON.computeIfAbsent(userId == null ? "" : userId, k -> new CopyOnWriteArrayList<>())
                    .add(Thread.currentThread().getName());
        }
    }

    record GrantEvent(String id) implements EventSubEvent {
    }

    private static MessageDecoder newDecoder() {
        return new MessageDecoder((type, version) ->
                type.equals("channel.follow") && version.equals("2") ? Optional.of(TracedFollow.class)
                        : type.equals("drop.entitlement.grant") ? Optional.of(GrantEvent.class) : Optional.empty());
    }

    private static final String METADATA = "{\"message_id\":\"m-1\",\"message_type\":\"notification\","
            + "\"message_timestamp\":\"2023-07-19T14:56:51.634234626Z\",\"subscription_type\":\"channel.follow\","
            + "\"subscription_version\":\"2\"}";
    private static final String SUBSCRIPTION = "{\"id\":\"sub-1\",\"status\":\"enabled\",\"type\":\"channel.follow\","
            + "\"version\":\"2\",\"cost\":0,\"condition\":{\"broadcaster_user_id\":\"1\"},"
            + "\"transport\":{\"method\":\"websocket\",\"session_id\":\"s-1\"},"
            + "\"created_at\":\"2023-07-19T14:56:50.000000001Z\"}";

    private static String event(String userId) {
        return "{\"user_id\":\"" + userId + "\",\"user_login\":\"viewer\","
                + "\"followed_at\":\"2023-07-19T14:56:51.634234626Z\"}";
    }

    /** A frame in Twitch's order with {@code tail} right after the event object (Twitch sends {@code }}}). */
    private static String frame(String metadata, String event, String tail) {
        return "{\"metadata\":" + metadata + ",\"payload\":{\"subscription\":" + SUBSCRIPTION + ",\"event\":" + event
                + tail;
    }

    @Test
    void decodingLeavesTheEventUnboundAndGetBindsItOnceOnTheCallingThread() throws Exception {
        MessageDecoder decoder = newDecoder();
        Message m = decoder.decode(frame(METADATA, event("bind-here"), "}}"));
        PendingNotification pending = ((Message.Notification) m).pending().get(0);
        assertThat(TracedFollow.BUILT_ON.get("bind-here")).isNull(); // decoding built no record
        assertThat(pending.isBound()).isFalse();
        assertThat(pending.messageId()).isEqualTo("m-1");
        assertThat(pending.eventClass()).isEqualTo(TracedFollow.class);
        assertThat(pending.subscription().id()).isEqualTo("sub-1");

        Thread binder = new Thread(pending::get, "test-binder");
        binder.start();
        binder.join(5_000);
        assertThat(TracedFollow.BUILT_ON.get("bind-here")).containsExactly("test-binder");
        List<Notification<?>> bound = pending.get();
        assertThat(bound).hasSize(1);
        assertThat(bound.get(0).event()).isEqualTo(new TracedFollow("bind-here", "viewer",
                Instant.parse("2023-07-19T14:56:51.634234626Z")));
        assertThat(pending.get()).isSameAs(bound);
        assertThat(TracedFollow.BUILT_ON.get("bind-here")).hasSize(2); // the one above, the expected value
        assertThat(decoder.reboundFromTree()).isZero();
    }

    @Test
    void theDispatchQueueBindsOnItsExecutorThreadNotTheOfferingOne() throws Exception {
        MessageDecoder decoder = newDecoder();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-dispatch"));
        try {
            Dispatcher dispatcher = new Dispatcher(executor, 100, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
            List<Notification<?>> handled = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(2);
            dispatcher.handlers().on(EventSubEvent.class, n -> {
                handled.add(n);
                done.countDown();
            });
            DispatchQueue queue = dispatcher.newQueue("test");
            for (String id : List.of("queued-1", "queued-2")) {
                Message m = decoder.decode(frame(METADATA.replace("m-1", id), event(id), "}}"));
                for (PendingNotification each : ((Message.Notification) m).pending()) {
                    queue.offer(each.messageId(), each);
                }
            }
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(TracedFollow.BUILT_ON.get("queued-1")).containsExactly("test-dispatch");
            assertThat(TracedFollow.BUILT_ON.get("queued-2")).containsExactly("test-dispatch");
            assertThat(handled).extracting(Notification::messageId).containsExactly("queued-1", "queued-2");
            assertThat(dispatcher.counters().delivered()).isEqualTo(2);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void batchesAndEventsWithoutAModelAreBoundWhileDecoding() {
        MessageDecoder decoder = newDecoder();
        Message batch = decoder.decode("{\"metadata\":" + METADATA + ",\"payload\":{\"subscription\":"
                + SUBSCRIPTION.replace("channel.follow", "drop.entitlement.grant").replace("\"version\":\"2\"",
                        "\"version\":\"1\"") + ",\"events\":[{\"id\":\"a\"},{\"id\":\"b\"}]}}");
        assertThat(((Message.Notification) batch).pending()).hasSize(2)
                .allSatisfy(p -> assertThat(p.isBound()).isTrue());
        Message raw = decoder.decode(frame(METADATA, "{\"x\":1}", "}}").replace("\"version\":\"2\"",
                "\"version\":\"7\"").replace("sub-1", "sub-9"));
        PendingNotification pending = ((Message.Notification) raw).pending().get(0);
        assertThat(pending.isBound()).isTrue();
        assertThat(pending.eventClass()).isEqualTo(RawEvent.class);
    }

    /**
     * Frames whose event the decoder leaves to bind, with what follows the event or is inside it varied; and whether
     * binding must send the frame to the tree path.
     */
    static List<Arguments> unusualFrames() {
        String pad = "p".repeat(40_000);
        String emoji = "\uD83D\uDE00\u00e9";
        return List.of(
                Arguments.of(frame(METADATA, event("42"), "}}"), false),
                Arguments.of(frame(METADATA, event("42"), " \n\t}\r\n } \n"), false),
                Arguments.of(frame(METADATA, event("42"), ",\"extra\":1}}"), true),
                Arguments.of(frame(METADATA, event("42"), ",\"event\":{\"user_id\":\"7\"}}}"), true),
                Arguments.of(frame(METADATA, event("42"), ",\"event\":null}}"), true),
                Arguments.of(frame(METADATA, event("42"), ",\"events\":[{\"user_id\":\"8\"}]}}"), true),
                Arguments.of(frame(METADATA, event("42"), "}}xyz"), true),
                Arguments.of(frame(METADATA, event("42"), "}}}"), true),
                Arguments.of(frame(METADATA, event("42"), "}"), true),
                Arguments.of(frame(METADATA, event("42"), ""), true),
                Arguments.of(frame(METADATA, event("42"), "},\"later\":{}}"), true),
                Arguments.of(frame(METADATA, event("42"), "},\"metadata\":" + METADATA.replace("m-1", "m-2") + "}"),
                        true),
                Arguments.of(frame(METADATA, "{\"user_id\":\"42\",}", "}}"), true),
                Arguments.of(frame(METADATA, "{\"user_id\":\"42\"", "}}"), true),
                Arguments.of(frame(METADATA, "{\"user_id\":\"42\",\"brand_new\":{\"n\":[1,{\"a\":2}]},\"also\":[]}",
                        "}}"), false),
                Arguments.of(frame(METADATA, "{\"user_id\":\"42\",\"brand_new\":1}", "}},"), true),
                Arguments.of(frame(METADATA, "{\"surprise\":1,\"followed_at\":\"not a time\"}", "}}"), true),
                Arguments.of(frame(METADATA, "{\"followed_at\":\"not a time\"}", "}}garbage"), true),
                Arguments.of(frame(METADATA.replace("{", "{\"shiny\":[1,2],"), event("42"), "}}"), false),
                Arguments.of(frame(METADATA.replace("{", "{\"shiny\":[1,2],"), event("42"), "}} ,"), true),
                // Beyond the size Jackson parses from one buffer, and chars outside ASCII before and in the event.
                Arguments.of(frame(METADATA.replace("{", "{\"pad\":\"" + pad + emoji + "\","), event("42"), "}}"),
                        false),
                Arguments.of(frame(METADATA.replace("{", "{\"pad\":\"" + pad + "\","),
                        "{\"user_id\":\"" + emoji + pad + "\\\"q\\u00e9\",\"user_login\":\"v\"}", "}}"), false),
                Arguments.of(frame(METADATA.replace("\"m-1\"", "\"m-\\\"1\\\"" + emoji + "\""), event("42"), "}}"),
                        false));
    }

    @ParameterizedTest
    @MethodSource("unusualFrames")
    void whateverFollowsOrFillsTheEventTheOutcomeIsTheTreePaths(String frame, boolean rebound) {
        MessageDecoder lazy = newDecoder();
        MessageDecoder tree = newDecoder();
        Message decoded = lazy.decode(frame);
        assertThat(decoded).isInstanceOf(Message.Notification.class); // the reading thread stopped at the event
        assertThat(((Message.Notification) decoded).pending()).singleElement()
                .satisfies(p -> assertThat(p.isBound()).isFalse());
        DecodeCounters before = lazy.counters();
        assertThat(before.malformed() + before.unknownFields() + before.unboundEvents()).isZero(); // nothing yet

        List<Notification<?>> got = ((Message.Notification) decoded).events();
        Message reference = tree.decodeFromTree(frame);
        List<Notification<?>> expected = reference instanceof Message.Notification n ? n.events() : List.of();

        assertThat(got).isEqualTo(expected);
        assertThat(counts(lazy)).isEqualTo(counts(tree));
        assertThat(lazy.reboundFromTree()).isEqualTo(rebound ? 1 : 0);
    }

    @Test
    void unknownFieldsInsideTheEventAreCountedOnTheBindingThread() throws Exception {
        MessageDecoder decoder = newDecoder();
        Message m = decoder.decode(frame(METADATA.replace("{", "{\"shiny\":1,"),
                "{\"user_id\":\"42\",\"brand_new\":{\"n\":[1]},\"also_new\":[]}", "}}"));
        assertThat(decoder.counters().unknownFields()).isZero(); // counted once the event is bound
        Thread binder = new Thread(((Message.Notification) m).pending().get(0)::get, "test-binder");
        binder.start();
        binder.join(5_000);
        assertThat(decoder.counters().unknownFields()).isEqualTo(3);
        assertThat(decoder.reboundFromTree()).isZero();
        // A count left on a thread by something else is not added to the next event bound there.
        UnknownFieldTally.add();
        ((Message.Notification) decoder.decode(frame(METADATA, event("42"), "}}"))).events();
        assertThat(decoder.counters().unknownFields()).isEqualTo(3);
    }

    @Test
    void aFrameFoundMalformedWhenBoundDeliversNothingAndTheQueueGoesOn() {
        MessageDecoder decoder = newDecoder();
        Dispatcher dispatcher = new Dispatcher(Runnable::run, 100, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
        List<String> handled = new ArrayList<>();
        dispatcher.handlers().on(EventSubEvent.class, n -> handled.add(n.messageId()));
        DispatchQueue queue = dispatcher.newQueue("test");
        AtomicInteger offered = new AtomicInteger();
        for (String tail : List.of("}}", "}}garbage", "}}")) {
            String id = "x-" + offered.incrementAndGet();
            Message m = decoder.decode(frame(METADATA.replace("m-1", id), event(id), tail));
            for (PendingNotification each : ((Message.Notification) m).pending()) {
                queue.offer(each.messageId(), each);
            }
        }
        assertThat(handled).containsExactly("x-1", "x-3");
        assertThat(decoder.counters().malformed()).isEqualTo(1);
        assertThat(dispatcher.counters().delivered()).isEqualTo(2);
    }

    private static List<Long> counts(MessageDecoder decoder) {
        DecodeCounters c = decoder.counters();
        return List.of(c.malformed(), c.unknownTypes(), c.unknownFields(), c.unboundEvents());
    }
}
