package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notes every call a transport makes, in order, with the thread it came on. */
final class RecordingListener implements WebSocketListener {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onOpen(WebSocketConnection connection) {
        note("open");
    }

    @Override
    public void onText(ByteBuffer utf8, boolean last) {
        note("text " + StandardCharsets.UTF_8.decode(utf8) + (last ? "" : " ..."));
    }

    @Override
    public void onText(CharSequence piece, boolean last) {
        note("text " + piece + (last ? "" : " ..."));
    }

    @Override
    public void onPong() {
        note("pong");
    }

    @Override
    public void onClose(int code, String reason) {
        note("close " + code + " " + reason);
    }

    @Override
    public void onError(Throwable error) {
        note("error " + error);
    }

    private void note(String call) {
        threads.add(Thread.currentThread());
        calls.add(call);
    }

    /** Whether the connection ended (the last call was onClose or onError). */
    boolean ended() {
        return !calls.isEmpty() && (calls.get(calls.size() - 1).startsWith("close")
                || calls.get(calls.size() - 1).startsWith("error"));
    }
}
