package dev.twitchkit.eventsub.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.SubscriptionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/event-catalog.md} is exactly what the registry generates, so it cannot drift from the code. */
class EventCatalogTest {

    @Test
    void committedCatalogMatchesTheRegistry() throws IOException {
        if (Boolean.getBoolean("tk.writeCatalog")) {
            EventCatalog.main(new String[0]);
        }
        Path file = EventCatalog.repositoryRoot().resolve(EventCatalog.RELATIVE_PATH);

        assertThat(file).as("run this test with -Dtk.writeCatalog=true to create it").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date; rerun this test with -Dtk.writeCatalog=true", EventCatalog.RELATIVE_PATH)
                .isEqualTo(EventCatalog.render());
    }

    @Test
    void catalogListsEveryEntryOnce() {
        String catalog = EventCatalog.render();

        for (SubscriptionType<?> type : SubscriptionType.all()) {
            String row = "| `" + type.type() + "` | " + type.version() + " |";
            assertThat(catalog.split(Pattern.quote(row), -1)).as(row).hasSize(2);
            assertThat(catalog).contains("`" + type.eventClass().getSimpleName() + "`");
        }
    }
}
