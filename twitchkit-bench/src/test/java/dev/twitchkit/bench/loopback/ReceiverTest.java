package dev.twitchkit.bench.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiverTest {

    @Test
    void countsRepeatsAndRecordsLatencyOnlyWhenAsked() {
        Receiver receiver = new Receiver(4);
        receiver.chat("1 " + System.nanoTime());
        assertThat(receiver.latencyNanos(1)).isZero();
        receiver.recordLatency(true);
        receiver.chat("2 " + (System.nanoTime() - 1_000_000));
        receiver.chat("2 " + System.nanoTime());
        assertThat(receiver.received()).isEqualTo(3);
        assertThat(receiver.timesReceived(1)).isEqualTo(1);
        assertThat(receiver.timesReceived(2)).isEqualTo(2);
        assertThat(receiver.timesReceived(3)).isZero();
        assertThat(receiver.latencyNanos(2)).isPositive();
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = new long[1000];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Latency.percentile(sorted, 0.50)).isEqualTo(500);
        assertThat(Latency.percentile(sorted, 0.99)).isEqualTo(990);
        assertThat(Latency.percentile(sorted, 0.999)).isEqualTo(999);
        assertThat(Latency.percentile(new long[0], 0.99)).isZero();
    }
}
