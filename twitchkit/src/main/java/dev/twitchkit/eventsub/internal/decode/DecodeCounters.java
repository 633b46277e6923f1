package dev.twitchkit.eventsub.internal.decode;

import java.util.concurrent.atomic.AtomicLong;

/** What the decoder could not use: counted so tests and metrics see what the logs say. */
public final class DecodeCounters {
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong unknownTypes = new AtomicLong();
    final AtomicLong unknownFields = new AtomicLong();
    final AtomicLong unboundEvents = new AtomicLong();

    /** Frames that were not JSON or lacked required envelope fields. */
    public long malformed() {
        return malformed.get();
    }

    /** Frames with a {@code message_type} this client does not know. */
    public long unknownTypes() {
        return unknownTypes.get();
    }

    /** Members this client does not know: in the envelope ({@code metadata}, {@code payload.session}) or events. */
    public long unknownFields() {
        return unknownFields.get();
    }

    /** Events whose JSON did not fit their model and were delivered as raw events instead. */
    public long unboundEvents() {
        return unboundEvents.get();
    }
}
