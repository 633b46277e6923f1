package dev.twitchkit.eventsub.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The compact window against the plain map it replaced: the same answers and size for every call, with UUID and
 * other ids mixed, resends, clock steps past the window and the count bound, across the ring's growth.
 */
class MessageIdWindowModelTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final InstantSource clock = now::get;

    /** The former implementation, kept as the reference. */
    private static final class Model {
        final Duration window;
        final int maxIds;
        final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

        Model(Duration window, int maxIds) {
            this.window = window;
            this.maxIds = maxIds;
        }

        boolean firstTime(String id, Instant now) {
            Instant horizon = now.minus(window);
            for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
                if (it.next().getValue().isBefore(horizon)) {
                    it.remove();
                } else {
                    break;
                }
            }
            if (seen.containsKey(id)) {
                return false;
            }
            seen.put(id, now);
            if (seen.size() > maxIds) {
                Iterator<String> oldest = seen.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            return true;
        }
    }

    private static String uuid(Random random) {
        String hex = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong()
                | Long.MIN_VALUE);
        return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
                + hex.substring(16, 20) + '-' + hex.substring(20, 32);
    }

    @Test
    void answersAsTheMapItReplacedUnderRandomTraffic() {
        for (int maxIds : new int[] {1, 7, 300, 5000}) {
            Random random = new Random(maxIds);
            MessageIdWindow window = new MessageIdWindow(Duration.ofSeconds(30), maxIds, clock);
            Model model = new Model(Duration.ofSeconds(30), maxIds);
            java.util.List<String> issued = new java.util.ArrayList<>();
            for (int i = 0; i < 40_000; i++) {
                String id;
                int pick = random.nextInt(10);
                if (pick < 3 && !issued.isEmpty()) {
                    id = issued.get(issued.size() - 1 - random.nextInt(Math.min(issued.size(), maxIds + 5)));
                } else if (pick < 5) {
                    id = "id-" + random.nextInt(20_000); // not a UUID: kept as its string
                } else if (pick < 6) {
                    id = uuid(random).toUpperCase(); // not lowercase: a different id from its lowercase form
                } else {
                    id = uuid(random);
                }
                issued.add(id);
                if (random.nextInt(50) == 0) {
                    now.set(now.get().plusMillis(random.nextInt(40_000)));
                } else {
                    now.set(now.get().plusNanos(random.nextInt(2_000_000)));
                }
                assertThat(window.firstTime(id)).as("call %d, id %s, maxIds %d", i, id, maxIds)
                        .isEqualTo(model.firstTime(id, now.get()));
                assertThat(window.size()).isEqualTo(model.seen.size());
            }
        }
    }

    @Test
    void aUuidAndItsUppercaseFormAreDifferentIds() {
        MessageIdWindow window = new MessageIdWindow(Duration.ofMinutes(10), 100, clock);
        String id = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        assertThat(window.firstTime(id)).isTrue();
        assertThat(window.firstTime(id.toUpperCase())).isTrue();
        assertThat(window.firstTime(new String(id.toCharArray()))).isFalse();
    }

    @Test
    void anIdIsRememberedUpToTheWindowEdgeAndForgottenANanosecondLater() {
        MessageIdWindow window = new MessageIdWindow(Duration.ofMinutes(10), 100, clock);
        String id = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        window.firstTime(id);
        now.set(now.get().plus(Duration.ofMinutes(10)));
        assertThat(window.firstTime(id)).isFalse();
        now.set(now.get().plusNanos(1)); // a duplicate is not re-recorded: it still dates from the first sighting
        assertThat(window.firstTime(id)).isTrue();
    }

    @Test
    void uuidsDifferingInAnySingleDigitAreDifferentIds() {
        MessageIdWindow window = new MessageIdWindow(Duration.ofMinutes(10), 1000, clock);
        String base = "00000000-0000-4000-8000-000000000000";
        assertThat(window.firstTime(base)).isTrue();
        for (int i = 0; i < base.length(); i++) {
            if (base.charAt(i) == '-') {
                continue;
            }
            for (char digit : new char[] {'1', 'f'}) {
                String id = base.substring(0, i) + digit + base.substring(i + 1);
                assertThat(window.firstTime(id)).as(id).isTrue();
                assertThat(window.firstTime(id)).as(id).isFalse();
            }
        }
        assertThat(window.firstTime(base)).isFalse();
    }
}
