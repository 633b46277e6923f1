package dev.twitchkit.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path folder;

    @Test
    void mediansRatiosAndTargetsComeFromTheRuns() throws Exception {
        Files.write(folder.resolve("results.jsonl"), List.of(
                "{\"bench\":\"throughput\",\"library\":\"twitchkit\",\"events\":100,\"events_per_second\":50000,\"dropped\":0}",
                "{\"bench\":\"throughput\",\"library\":\"twitchkit\",\"events\":100,\"events_per_second\":70000,\"dropped\":0}",
                "{\"bench\":\"throughput\",\"library\":\"twitchkit\",\"events\":100,\"events_per_second\":60000,\"dropped\":0}",
                "{\"bench\":\"throughput\",\"library\":\"twitch4j\",\"events\":100,\"events_per_second\":10000,\"dropped\":0}",
                "{\"bench\":\"latency\",\"library\":\"twitchkit\",\"rate\":5000,\"events\":10,\"p50_us\":100,\"p99_us\":900,\"p999_us\":950,\"max_us\":990}",
                "{\"bench\":\"latency\",\"library\":\"twitch4j\",\"rate\":5000,\"events\":10,\"p50_us\":100,\"p99_us\":800,\"p999_us\":950,\"max_us\":990}",
                "{\"bench\":\"footprint\",\"library\":\"twitchkit-shards\",\"connections\":1,\"heap_bytes\":1000000,\"threads\":8,\"rss_bytes\":1,\"connect_all_ms\":1}",
                "{\"bench\":\"footprint\",\"library\":\"twitchkit-shards\",\"connections\":101,\"heap_bytes\":1100000,\"threads\":8,\"rss_bytes\":1,\"connect_all_ms\":1}",
                "{\"bench\":\"footprint\",\"library\":\"twitch4j\",\"connections\":1,\"heap_bytes\":1000000,\"threads\":15,\"rss_bytes\":1,\"connect_all_ms\":1}",
                "{\"bench\":\"footprint\",\"library\":\"twitch4j\",\"connections\":101,\"heap_bytes\":5000000,\"threads\":315,\"rss_bytes\":1,\"connect_all_ms\":2000}",
                "{\"bench\":\"cpu\",\"library\":\"twitchkit\",\"events\":100,\"delivered\":100,\"dropped\":0,\"seconds\":0.01,\"cpu_ns_per_event\":20000}",
                "{\"bench\":\"cpu\",\"library\":\"twitchkit\",\"events\":100,\"delivered\":100,\"dropped\":0,\"seconds\":0.01,\"cpu_ns_per_event\":30000}",
                "{\"bench\":\"cpu\",\"library\":\"twitchkit\",\"events\":100,\"delivered\":100,\"dropped\":0,\"seconds\":0.01,\"cpu_ns_per_event\":25000}",
                "{\"bench\":\"connect\",\"library\":\"twitchkit\",\"users\":1000,\"connect_all_ms\":3000,\"connect_cpu_ms\":1500}",
                "{\"bench\":\"connect\",\"library\":\"twitch4j\",\"users\":1000,\"connect_all_ms\":2000,\"connect_cpu_ms\":4000}",
                "{\"bench\":\"cpu\",\"library\":\"twitch4j\",\"events\":100,\"delivered\":100,\"dropped\":0,\"seconds\":0.01,\"cpu_ns_per_event\":60000}"));
        Files.createDirectories(folder.resolve("closure-twitchkit"));
        Files.write(folder.resolve("closure-twitchkit/a.jar"), new byte[10]);
        Path out = folder.resolve("BENCHMARKS.md");

        Report.main(new String[] {folder.toString(), out.toString()});

        String md = Files.readString(out);
        assertThat(md).contains("| twitchkit | 60,000 | 50,000, 70,000, 60,000 | 0 |");
        assertThat(md).contains("twitchkit ÷ Twitch4J: **6.00×**");
        assertThat(md).contains("| ≥ 5× Twitch4J's end-to-end throughput | 6.00× (60,000 vs 10,000 events/s) | yes |");
        // p99 900 µs is under 1 ms but worse than Twitch4J's 800 µs: missed.
        assertThat(md).contains("| p99 at 5,000 events/s no worse than Twitch4J's and < 1 ms | 900.0 µs vs 800.0 µs"
                + " | **no** |");
        // 1,000 bytes per shard against 40,000 per socket: met; 8 threads at 1 and at 101: met.
        assertThat(md).contains("twitchkit shards 1.0 KiB vs 39.1 KiB (0.03×)");
        assertThat(md).containsPattern("thread count independent of connections \\| twitchkit shards 8 threads at 1,"
                + " 8 at 101.* \\| yes \\|");
        assertThat(md).contains("| runtime closure ≤ 5 jars | the library 1 jars, 10 bytes");
        // CPU per event: median 25 µs of three runs against 60 µs, at most half: met.
        assertThat(md).contains("| twitchkit | 25.0 | 20.0, 30.0, 25.0 | 10,000 | 0 |");
        assertThat(md).contains("| client CPU per event ≤ ½ of Twitch4J's | 0.42× (25.0 vs 60.0 µs) | yes |");
        // Connecting 1,000 users: 3,000 ms against 2,000 ms is slower: missed.
        assertThat(md).contains("| twitchkit | 3,000 ms | 3,000 | 1,500 ms | 1,500 |");
        assertThat(md).contains("| 1,000 `ClientUser`s connected and ready in no more time than Twitch4J's sockets"
                + " | 1.50× (3,000 vs 2,000 ms; CPU 1,500 vs 4,000 ms) | **no** |");
    }

    @Test
    void sectionsRunByHandSurviveARewrite() {
        String previous = "# Benchmarks\n\n## 1. Decode\n\nold figures\n\n"
                + "## 6. Webhook receiver (`WebhookBench`, run by hand)\n\n| a | b |\n\n## Reproduce\n\nbin/bench\n";

        String kept = Report.handWrittenSections(previous);

        assertThat(kept).startsWith("## 6. Webhook receiver").contains("| a | b |")
                .doesNotContain("old figures").doesNotContain("Reproduce");
        assertThat(Report.handWrittenSections("")).isEmpty();
    }
}
