package dev.twitchkit.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * For the transports' tests (in twitchkit's test jar): notes every call a transport makes, in order, with the thread
 * it came on, and any break of the contract's ordering: a call overlapping another, a call before onOpen, a call
 * after the connection's end. A text piece is noted as {@code text <piece>|last} or {@code text <piece>|more}.
 */
public final class RecordingListener implements WebSocketListener {
    /** The calls in order: {@code open}, {@code text ...}, {@code pong}, {@code close <code> <reason>}, {@code error ...}. */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The thread of each call, in the same order. */
    public final List<Thread> threads = new CopyOnWriteArrayList<>();
    /** Breaks of the contract's ordering; empty when the transport kept it. */
    public final List<String> violations = new CopyOnWriteArrayList<>();
    /** What {@link #onError} was given. */
    public final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final AtomicBoolean inCall = new AtomicBoolean();
    private volatile boolean ended;

    private void record(String call) {
        if (!inCall.compareAndSet(false, true)) {
            violations.add("overlapping call: " + call);
        }
        if (calls.isEmpty() && !call.equals("open")) {
            violations.add("before onOpen: " + call);
        }
        if (ended) {
            violations.add("after the end: " + call);
        }
        threads.add(Thread.currentThread());
        calls.add(call);
        inCall.set(false);
    }

    /** The text pieces received, without the "text " prefix. */
    public List<String> pieces() {
        return calls.stream().filter(c -> c.startsWith("text ")).map(c -> c.substring(5)).toList();
    }

    /** Whether the connection ended (onClose or onError came). */
    public boolean ended() {
        return ended;
    }

    @Override
    public void onOpen(WebSocketConnection connection) {
        record("open");
    }

    @Override
    public void onText(ByteBuffer utf8, boolean last) {
        record("text " + StandardCharsets.UTF_8.decode(utf8) + (last ? "|last" : "|more"));
    }

    @Override
    public void onText(CharSequence piece, boolean last) {
        record("text " + piece + (last ? "|last" : "|more"));
    }

    @Override
    public void onPong() {
        record("pong");
    }

    @Override
    public void onClose(int code, String reason) {
        record("close " + code + " " + reason);
        ended = true;
    }

    @Override
    public void onError(Throwable error) {
        errors.add(error);
        record("error " + error.getClass().getSimpleName());
        ended = true;
    }
}
