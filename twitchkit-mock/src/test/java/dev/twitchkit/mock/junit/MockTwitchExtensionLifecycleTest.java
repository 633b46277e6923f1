package dev.twitchkit.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.twitchkit.mock.MockTwitch;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs small test classes through the JUnit launcher to prove what a test cannot see from inside: one mock per
 * class, each on its own port, closed once the class is done. (The inner classes are static, so neither JUnit
 * nor surefire runs them on their own.)
 */
class MockTwitchExtensionLifecycleTest {
    static final List<MockTwitch> seen = new CopyOnWriteArrayList<>();

    @ExtendWith(MockTwitchExtension.class)
    static class First {
        @Test
        void one(MockTwitch twitch) {
            seen.add(twitch);
        }

        @Test
        void two(MockTwitch twitch) {
            seen.add(twitch);
        }
    }

    static class Second {
        @RegisterExtension
        static final MockTwitchExtension extension = new MockTwitchExtension(b -> b.tokenTtl(Duration.ofMinutes(3)));

        @Test
        void registeredInCode() {
            assertThat(extension.mock().settings().tokenTtl()).isEqualTo(Duration.ofMinutes(3));
            seen.add(extension.mock());
        }
    }

    @Test
    void eachClassGetsItsOwnMockWhichIsClosedAfterwards() {
        seen.clear();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(First.class), selectClass(Second.class)).build(), summary);

        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(3);
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(2)).isNotSameAs(seen.get(0));
        for (MockTwitch twitch : seen) {
            assertThat(isListening(twitch)).as("mock on port %d is closed", twitch.port()).isFalse();
        }
    }

    private static boolean isListening(MockTwitch twitch) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(twitch.settings().host(), twitch.port()), 500);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
