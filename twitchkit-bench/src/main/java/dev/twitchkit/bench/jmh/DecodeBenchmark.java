package dev.twitchkit.bench.jmh;

import com.github.philippheuer.events4j.core.EventManager;
import com.github.philippheuer.events4j.simple.SimpleEventHandler;
import com.github.twitch4j.common.util.EventManagerUtils;
import com.github.twitch4j.common.util.TypeConvert;
import com.github.twitch4j.eventsub.socket.domain.EventSubSocketMessage;
import com.github.twitch4j.eventsub.socket.domain.SocketMessageMetadata;
import com.github.twitch4j.eventsub.socket.domain.SocketPayload;
import com.github.twitch4j.eventsub.socket.enums.SocketMessageType;
import dev.twitchkit.bench.Frames;
import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.internal.decode.Message;
import dev.twitchkit.eventsub.internal.decode.MessageDecoder;
import dev.twitchkit.eventsub.internal.decode.PendingNotification;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.internal.dispatch.Dispatcher;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One EventSub frame, as each library's transport hands it on (twitchkit: UTF-8 bytes; Twitch4J: a String), decoded
 * and dispatched to a no-op handler:
 * <ul>
 * <li>{@code twitchkit}: {@link MessageDecoder#decode} then the {@link Dispatcher}'s queue, drained in place
 *     (an executor that runs the drain on the calling thread), to a typed handler;</li>
 * <li>{@code twitch4j}: what {@code TwitchEventSocket.onTextMessage} does for the frame (the envelope via
 *     {@code TypeConvert.jsonToObject}, the checks, {@code SocketPayload.getParsedEvent()}, then
 *     {@code EventManager.publish} to a typed consumer), minus its message-id dedupe, which twitchkit's
 *     path here leaves out as well (both dedupe in the session layer);</li>
 * <li>{@code jacksonTree} and {@code jacksonTokens}: a bare Jackson 3 parse of the same text into a tree, and
 *     just its tokens: the line neither library can beat.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodeBenchmark {
    @Param({"keepalive", "follow", "chat"})
    public String frame;

    private String text;
    /** The frame as twitchkit's decoder gets it from its transport: UTF-8 bytes (Twitch4J's gets a String). */
    private byte[] utf8;
    private MessageDecoder decoder;
    private DispatchQueue queue;
    private EventManager eventManager;
    private ObjectMapper jackson;
    private Object lastHandled;

    @Setup
    public void setUp() {
        text = Frames.named(frame);
        utf8 = text.getBytes(StandardCharsets.UTF_8);
        decoder = new MessageDecoder((type, version) -> SubscriptionType.find(type, version)
                .map(SubscriptionType::eventClass));
        Dispatcher dispatcher = new Dispatcher(Runnable::run, 10_000, OverflowPolicy.DROP_OLDEST,
                (error, context) -> {
                    throw new IllegalStateException(context, error);
                });
        dispatcher.handlers().on(ChannelChatMessageEvent.class, n -> lastHandled = n);
        dispatcher.handlers().on(ChannelFollowEvent.class, n -> lastHandled = n);
        queue = dispatcher.newQueue("bench");

        eventManager = EventManagerUtils.validateOrInitializeEventManager(null, SimpleEventHandler.class);
        eventManager.onEvent(com.github.twitch4j.eventsub.events.ChannelChatMessageEvent.class, e -> lastHandled = e);
        eventManager.onEvent(com.github.twitch4j.eventsub.events.ChannelFollowEvent.class, e -> lastHandled = e);

        jackson = JsonMapper.builder().build();
        checkBothUnderstandTheFrame();
    }

    @Benchmark
    public Object twitchkit() {
        Message message = decoder.decode(utf8);
        if (message instanceof Message.Notification n) {
            for (PendingNotification each : n.pending()) {
                queue.offer(each.messageId(), each);
            }
        }
        return message;
    }

    /**
     * The reading thread's share of {@link #twitchkit()}: the decoder alone, as the client's reading thread runs it
     * (a notification's event record is bound later, on a dispatch thread).
     */
    @Benchmark
    public Object twitchkitReadingThread() {
        return decoder.decode(utf8);
    }

    /**
     * Decoding plus binding the event record, without queue and handler: less {@link #twitchkitReadingThread()},
     * what the dispatch thread now does for a frame before its handlers run.
     */
    @Benchmark
    public Object twitchkitBind(Blackhole blackhole) {
        Message message = decoder.decode(utf8);
        if (message instanceof Message.Notification n) {
            for (PendingNotification each : n.pending()) {
                blackhole.consume(each.get());
            }
        }
        return message;
    }

    @Benchmark
    public Object twitch4j() {
        EventSubSocketMessage message = TypeConvert.jsonToObject(text, EventSubSocketMessage.class);
        SocketMessageMetadata metadata = Objects.requireNonNull(message.getMetadata());
        SocketMessageType type = Objects.requireNonNull(metadata.getMessageType());
        SocketPayload payload = message.getPayload();
        if (type == SocketMessageType.NOTIFICATION) {
            Objects.requireNonNull(metadata.getSubscriptionType());
            Objects.requireNonNull(metadata.getSubscriptionVersion());
            eventManager.publish(Objects.requireNonNull(payload.getParsedEvent()));
        }
        return message;
    }

    @Benchmark
    public Object jacksonTree() {
        return jackson.readTree(text);
    }

    @Benchmark
    public void jacksonTokens(Blackhole blackhole) {
        try (JsonParser parser = jackson.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                blackhole.consume(token);
            }
        }
    }

    /** A benchmark of a frame a library misreads would measure nothing: each must reach its handler. */
    private void checkBothUnderstandTheFrame() {
        lastHandled = null;
        Object message = twitchkit();
        if (frame.equals("keepalive") != (message instanceof Message.Keepalive)
                || !frame.equals("keepalive") && !(lastHandled instanceof Notification<?> n
                        && !(n.event() instanceof dev.twitchkit.eventsub.event.RawEvent))) {
            throw new IllegalStateException("twitchkit did not decode the " + frame + " frame: " + message);
        }
        lastHandled = null;
        twitch4j();
        if (!frame.equals("keepalive") && lastHandled == null) {
            throw new IllegalStateException("Twitch4J did not deliver the " + frame + " frame");
        }
    }
}
