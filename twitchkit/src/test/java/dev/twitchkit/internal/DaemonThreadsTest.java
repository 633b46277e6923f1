package dev.twitchkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {
    @Test
    void numberedThreadsAreDaemonsCountingFromOne() {
        ThreadFactory factory = DaemonThreads.numbered("twitchkit-test");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });
        assertThat(first.getName()).isEqualTo("twitchkit-test-1");
        assertThat(second.getName()).isEqualTo("twitchkit-test-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
    }

    @Test
    void namedThreadsAreDaemonsWithExactlyThatName() {
        Thread t = DaemonThreads.named("twitchkit-single").newThread(() -> { });
        assertThat(t.getName()).isEqualTo("twitchkit-single");
        assertThat(t.isDaemon()).isTrue();
    }

    @Test
    void eachNumberedFactoryCountsOnItsOwn() {
        DaemonThreads.numbered("a").newThread(() -> { });
        assertThat(DaemonThreads.numbered("a").newThread(() -> { }).getName()).isEqualTo("a-1");
    }
}
