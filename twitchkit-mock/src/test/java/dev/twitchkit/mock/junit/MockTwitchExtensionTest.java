package dev.twitchkit.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension injects one running mock per class everywhere JUnit lets it, honouring the settings. */
@ExtendWith(MockTwitchExtension.class)
@MockTwitchSettings(requireSubscription = false, tokenTtlSeconds = 600, rateLimitPoints = 5,
        minKeepaliveMillis = 1_000)
class MockTwitchExtensionTest {
    @InjectMockTwitch
    static MockTwitch staticField;
    static MockTwitch fromBeforeAll;

    @InjectMockTwitch
    MockTwitch instanceField;
    final MockTwitch fromConstructor;

    MockTwitchExtensionTest(MockTwitch twitch) {
        this.fromConstructor = twitch;
    }

    @BeforeAll
    static void beforeAll(MockTwitch twitch) {
        fromBeforeAll = twitch;
        assertThat(staticField).as("static fields are filled before @BeforeAll").isSameAs(twitch);
    }

    @Test
    void everyInjectionPointGetsTheSameRunningMock(MockTwitch parameter, MockUrls urls) {
        assertThat(parameter).isSameAs(fromConstructor).isSameAs(instanceField).isSameAs(staticField)
                .isSameAs(fromBeforeAll);
        assertThat(urls).isEqualTo(parameter.urls());
        assertThat(parameter.port()).isPositive();
    }

    @Test
    void theSettingsAnnotationConfiguresTheMock(MockTwitch twitch) {
        assertThat(twitch.settings().requireSubscription()).isFalse();
        assertThat(twitch.settings().tokenTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(twitch.settings().rateLimitPoints()).isEqualTo(5);
        assertThat(twitch.settings().minKeepalive()).isEqualTo(Duration.ofSeconds(1));
    }

    @Nested
    class NestedTests {
        @Test
        void nestedClassesShareTheOuterMock(MockTwitch twitch) {
            assertThat(twitch).isSameAs(staticField);
        }
    }
}
