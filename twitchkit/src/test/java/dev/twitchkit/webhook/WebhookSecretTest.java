package dev.twitchkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Twitch's rule for secrets: 10 to 100 ASCII characters; generated ones are random and never shown. */
class WebhookSecretTest {
    @Test
    void acceptsTenToOneHundredPrintableAsciiCharacters() {
        assertThat(WebhookSecret.of("0123456789").value()).isEqualTo("0123456789");
        assertThat(WebhookSecret.of("x".repeat(100)).value()).hasSize(100);
    }

    @Test
    void refusesOtherSecretsWithoutShowingThem() {
        assertThatThrownBy(() -> WebhookSecret.of("short")).hasMessageContaining("10 to 100")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> WebhookSecret.of("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSecret.of("geheimnis-\u00e4\u00f6\u00fc")).hasMessageContaining("ASCII")
                .hasMessageNotContaining("geheimnis");
        assertThatThrownBy(() -> WebhookSecret.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedSecretsAreLongRandomAndHidden() {
        WebhookSecret one = WebhookSecret.generate();
        WebhookSecret two = WebhookSecret.generate();
        assertThat(one.value()).hasSize(64).matches("[0-9a-f]+");
        assertThat(one).isNotEqualTo(two);
        assertThat(one.toString()).doesNotContain(one.value());
        assertThat(WebhookSecret.of(one.value())).isEqualTo(one);
    }
}
