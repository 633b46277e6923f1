package dev.twitchkit.eventsub.event;

import dev.twitchkit.eventsub.ConditionSpec;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.TransportMethod;
import dev.twitchkit.eventsub.catalog.CatalogMethods;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/event-catalog.md} from the registry, so the documented table cannot drift from the code.
 * {@link EventCatalogTest} compares the committed file with {@link #render()}; {@link #main} rewrites it.
 */
public final class EventCatalog {
    /** The catalog's path relative to the repository root. */
    public static final String RELATIVE_PATH = "docs/event-catalog.md";

    private EventCatalog() {
    }

    /** Rewrites the catalog under the repository root found from the working directory. */
    public static void main(String[] args) throws IOException {
        Path file = repositoryRoot().resolve(RELATIVE_PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    /** The catalog as markdown. */
    public static String render() {
        List<SubscriptionType<?>> all = SubscriptionType.all();
        Map<SubscriptionType.Status, Long> byStatus = new EnumMap<>(SubscriptionType.Status.class);
        all.forEach(type -> byStatus.merge(type.status(), 1L, Long::sum));
        StringBuilder out = new StringBuilder();
        out.append("# EventSub event catalog\n\n");
        out.append("<!-- Generated from dev.twitchkit.eventsub.SubscriptionType by EventCatalog (twitchkit tests); "
                + "do not edit by hand. EventCatalogTest fails when this file and the registry differ. -->\n\n");
        out.append("Every EventSub subscription type and version twitchkit models: ").append(all.size())
                .append(" entries (").append(byStatus.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
                        .collect(Collectors.joining(", ")))
                .append("). A type or version not listed here still arrives, as `RawEvent`.\n\n");
        out.append("To regenerate after changing `SubscriptionType`:\n\n```sh\n")
                .append("mvn -B -pl twitchkit -am verify -Dtest=EventCatalogTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dtk.writeCatalog=true\n```\n\n");
        out.append("How to read it:\n\n")
                .append("- **condition**: the fields to send; `field?` is optional, `one of a, b` takes exactly one.\n")
                .append("- **scopes**: every group is needed, `a` or `b` within a group. With a user token they are on"
                        + " the token; with an app token the user in **authorized by** must have granted them to the"
                        + " client. A subscription costs nothing when that user is the token's user. Chat types"
                        + " (`user:read:chat`) over an app token also need `user:bot` from the chatting user and"
                        + " `channel:bot` from the broadcaster (or the chatting user being a moderator).\n")
                .append("- **token**: `user or app` = a user token (WebSocket) or an app token (webhook, conduit);"
                        + " `app` = an app access token only.\n")
                .append("- **method**: the typed method on both clients' `eventsub()` (`EventSubCatalog`), named after"
                        + " the record. Its parameters are the condition fields in the order shown (an optional one"
                        + " may be `null`); shorter overloads leave out trailing user ids, which then default to the"
                        + " logged-in user.\n\n");
        out.append("| type | version | status | condition | scopes | authorized by | transports | token | model"
                + " | method |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (SubscriptionType<?> type : all) {
            out.append("| `").append(type.type()).append("` | ").append(type.version())
                    .append(" | ").append(type.status().name().toLowerCase())
                    .append(" | ").append(condition(type.condition()))
                    .append(" | ").append(scopes(type.scopes()))
                    .append(" | ").append(type.authorizedUserField().map(field -> "`" + field + "`").orElse("—"))
                    .append(" | ").append(type.transports().stream().map(TransportMethod::value)
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(type.appTokenOnly() ? "app" : "user or app")
                    .append(" | `").append(type.eventClass().getSimpleName()).append('`')
                    .append(type.batched() ? " (batched)" : "")
                    .append(" | ").append(method(type))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The repository root: the nearest directory up from the working directory that holds the mock module. */
    public static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("twitchkit-mock"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    /** The entry's typed method on {@code EventSubCatalog}, as declared there. */
    private static String method(SubscriptionType<?> type) {
        return CatalogMethods.overloads(type).isEmpty() ? "—" : "`" + CatalogMethods.methodName(type) + "`";
    }

    private static String condition(ConditionSpec spec) {
        List<String> parts = new ArrayList<>();
        spec.required().forEach(field -> parts.add("`" + field + "`"));
        if (!spec.oneOf().isEmpty()) {
            parts.add("one of " + spec.oneOf().stream()
                    .map(group -> group.stream().map(field -> "`" + field + "`").collect(Collectors.joining(" + ")))
                    .collect(Collectors.joining(", ")));
        }
        spec.optional().forEach(field -> parts.add("`" + field + "?`"));
        return String.join(", ", parts);
    }

    private static String scopes(List<List<String>> groups) {
        if (groups.isEmpty()) {
            return "—";
        }
        return groups.stream()
                .map(group -> group.stream().map(scope -> "`" + scope + "`").collect(Collectors.joining(" or ")))
                .collect(Collectors.joining("; "));
    }
}
