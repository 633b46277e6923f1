package dev.twitchkit.bench;

import dev.twitchkit.bench.loopback.ConnectUsers;
import dev.twitchkit.bench.loopback.CpuPerEvent;
import dev.twitchkit.bench.loopback.Footprint;
import dev.twitchkit.bench.loopback.Latency;
import dev.twitchkit.bench.loopback.Reconnect;
import dev.twitchkit.bench.loopback.Startup;
import dev.twitchkit.bench.loopback.Throughput;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One end-to-end run in this JVM, its result appended to a JSON-lines file; {@code bin/bench} starts one JVM per
 * run and alternates the libraries.
 *
 * <pre>
 * Bench throughput|cpu|latency|startup|reconnect|connect|footprint twitchkit|twitch4j [key=value ...]
 *       out=results.jsonl
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Bench throughput|cpu|latency|startup|reconnect|connect|footprint"
                    + " twitchkit|twitch4j "
                    + "[key=value ...] out=FILE");
            System.exit(2);
        }
        String scenario = args[0];
        String library = args[1];
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + args[i]);
            }
            options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Path out = Path.of(options.getOrDefault("out", "bench-results.jsonl"));
        Result result = switch (scenario) {
            case "throughput" -> Throughput.run(library, intOf(options, "warmup", 50_000),
                    intOf(options, "events", 200_000));
            case "cpu" -> CpuPerEvent.run(library, intOf(options, "warmup", 50_000),
                    intOf(options, "events", 200_000));
            case "latency" -> Latency.run(library, intOf(options, "rate", 5_000), intOf(options, "warmup", 3),
                    intOf(options, "seconds", 10));
            case "startup" -> Startup.run(library, intOf(options, "subscriptions", 300));
            case "reconnect" -> Reconnect.run(library, intOf(options, "rate", 500), intOf(options, "reconnect", 4),
                    intOf(options, "drop", 8));
            case "connect" -> ConnectUsers.run(library, intOf(options, "users", 1_000));
            case "footprint" -> Footprint.run(library, intOf(options, "connections", 1),
                    intOf(options, "hold", 0));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        result.put("run", options.getOrDefault("run", "1"));
        result.appendTo(out);
        // Clients and the mock may leave non-daemon threads behind; the run is over.
        System.exit(0);
    }

    private static int intOf(Map<String, String> options, String key, int fallback) {
        String value = options.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
