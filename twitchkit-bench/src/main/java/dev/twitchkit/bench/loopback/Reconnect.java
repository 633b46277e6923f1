package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import dev.twitchkit.mock.MockSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Messages lost and duplicated under a steady stream of chat notifications sent through the mock's trigger (so
 * the mock's counters know what it sent), across two events in turn: a {@code session_reconnect} (Twitch moves
 * the session; nothing should be lost) and a dropped TCP connection (the session and its subscriptions die;
 * what Twitch sends while no subscription exists is lost for every client, so it is counted apart as
 * "undeliverable").
 */
public final class Reconnect {
    private Reconnect() {
    }

    public static Result run(String library, int rate, int reconnectSeconds, int dropSeconds) throws Exception {
        Result result = new Result("reconnect", library).put("rate", rate);
        // Each event on a fresh mock and client, so one library's trouble in the first cannot skew the second.
        phase(result, "session_reconnect", library, rate, reconnectSeconds, run -> run.session().sendReconnect());
        phase(result, "dropped_connection", library, rate, dropSeconds, run -> run.session().dropTcp());
        return result;
    }

    private static void phase(Result result, String name, String library, int rate, int seconds,
                              java.util.function.Consumer<InProcessRun> event) throws Exception {
        int count = rate * seconds;
        Receiver receiver = new Receiver(count);
        boolean[] sent = new boolean[count];
        try (InProcessRun run = new InProcessRun(library, receiver)) {
            stream(run, rate, 0, count, sent, () -> event.accept(run));
            settle(receiver, sent, 0, count);
            count(result, name, receiver, sent, 0, count);
            lostWindow(result, name, receiver, sent, rate);
            result.put(name + "_subscribed_after", InProcessRun.enabledSubscriptions(run.twitch, run.user.id()) > 0);
        }
    }

    /** Triggers {@code count} notifications at {@code rate}, running {@code event} one second in. */
    private static void stream(InProcessRun run, int rate, int first, int count, boolean[] sent, Runnable event) {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (i == rate) {
                event.run();
            }
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int seq = first + i;
            List<String> ids = run.twitch.trigger("channel.chat.message").to(run.user)
                    .override("message.text", seq + " " + System.nanoTime()).send();
            sent[seq] = !ids.isEmpty();
        }
    }

    /** Waits until every sent message arrived, or two quiet seconds passed. */
    private static void settle(Receiver receiver, boolean[] sent, int first, int count) throws InterruptedException {
        long last = receiver.received();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < 2_000_000_000L) {
            boolean all = true;
            for (int seq = first; seq < first + count && all; seq++) {
                all = !sent[seq] || receiver.timesReceived(seq) > 0;
            }
            if (all) {
                Thread.sleep(200); // late duplicates still count
                return;
            }
            Thread.sleep(20);
            long now = receiver.received();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    /** When, relative to the event, the lost messages were sent: which side of the drop lost them. */
    private static void lostWindow(Result result, String phase, Receiver receiver, boolean[] sent, int rate) {
        int first = -1;
        int last = -1;
        for (int seq = 0; seq < sent.length; seq++) {
            if (sent[seq] && receiver.timesReceived(seq) == 0) {
                first = first < 0 ? seq : first;
                last = seq;
            }
        }
        if (first >= 0) {
            result.put(phase + "_lost_from_ms", Math.round((first - rate) * 1000.0 / rate))
                    .put(phase + "_lost_to_ms", Math.round((last - rate) * 1000.0 / rate));
        }
    }

    private static void count(Result result, String phase, Receiver receiver, boolean[] sent, int first, int count) {
        int sentCount = 0;
        int undeliverable = 0;
        int lost = 0;
        int duplicates = 0;
        for (int seq = first; seq < first + count; seq++) {
            int times = receiver.timesReceived(seq);
            if (sent[seq]) {
                sentCount++;
                if (times == 0) {
                    lost++;
                }
            } else {
                undeliverable++;
            }
            if (times > 1) {
                duplicates += times - 1;
            }
        }
        result.put(phase + "_sent", sentCount)
                .put(phase + "_lost", lost)
                .put(phase + "_duplicated", duplicates)
                .put(phase + "_undeliverable", undeliverable);
    }
}
