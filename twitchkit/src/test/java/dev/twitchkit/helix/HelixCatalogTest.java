package dev.twitchkit.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.EventCatalog;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code docs/helix-catalog.md} is what the declarations generate, and every declaration names a real method. */
class HelixCatalogTest {
    static final String RELATIVE_PATH = "docs/helix-catalog.md";

    @Test
    void committedCatalogMatchesTheDeclarations() throws IOException {
        Path file = EventCatalog.repositoryRoot().resolve(RELATIVE_PATH);
        if (Boolean.getBoolean("tk.writeCatalog")) {
            Files.writeString(file, HelixCatalog.markdown(), StandardCharsets.UTF_8);
        }
        assertThat(file).as("run this test with -Dtk.writeCatalog=true to create it").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date; rerun this test with -Dtk.writeCatalog=true", RELATIVE_PATH)
                .isEqualTo(HelixCatalog.markdown());
    }

    @Test
    void everyDeclarationNamesAPublicMethodOfItsGroupAndEveryRouteIsDeclaredOnce() throws Exception {
        Set<String> routes = new HashSet<>();
        for (HelixCatalog.Entry entry : HelixCatalog.entries()) {
            Endpoint<?> endpoint = entry.endpoint();
            Class<?> group = HelixApi.class.getMethod(entry.group()).getReturnType();
            assertThat(Arrays.stream(group.getMethods()).map(Method::getName))
                    .as("%s declares %s", endpoint.route(), entry.javaCall()).contains(endpoint.javaMethod());
            assertThat(routes.add(endpoint.route())).as("%s declared twice", endpoint.route()).isTrue();
            assertThat(endpoint.tokens()).as(endpoint.route()).isNotEmpty();
        }
        assertThat(routes).contains("GET /users", "POST /chat/messages", "POST /eventsub/subscriptions",
                "GET /eventsub/conduits/shards");
    }
}
