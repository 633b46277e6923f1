package dev.twitchkit.cli;

import dev.twitchkit.eventsub.ConditionSpec;
import dev.twitchkit.eventsub.SubscriptionType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twitchkit events}: the EventSub catalog the library knows, so nobody needs the docs to subscribe. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the EventSub subscription types: type, version, status, condition fields, scopes, "
                + "transports. FILTER keeps the types containing it (e.g. follow, channel.chat).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "1:nothing matched FILTER"})
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILTER", description = "Part of a type name.")
    String filter;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String needle = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
        List<SubscriptionType<?>> types = SubscriptionType.all().stream()
                .filter(t -> t.type().contains(needle)).toList();
        if (types.isEmpty()) {
            spec.commandLine().getErr().println("No subscription type contains \"" + filter + "\"; "
                    + "run twitchkit events to see them all");
            return 1;
        }
        for (SubscriptionType<?> t : types) {
            out.println(Terminal.markup("@|bold " + t.type() + "|@") + " v" + t.version() + "  "
                    + t.status().name().toLowerCase(Locale.ROOT));
            out.println("  condition:  " + condition(t.condition()));
            out.println("  scopes:     " + scopes(t.scopes()));
            out.println("  transports: " + t.transports().stream().map(m -> m.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + (t.appTokenOnly() ? " (app token)" : ""));
        }
        out.flush();
        return 0;
    }

    private static String condition(ConditionSpec spec) {
        List<String> parts = new ArrayList<>(spec.required());
        spec.optional().forEach(f -> parts.add("[" + f + "]"));
        spec.oneOf().forEach(group -> parts.add("(" + String.join(" | ", group) + ")"));
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }

    private static String scopes(List<List<String>> groups) {
        if (groups.isEmpty()) {
            return "none";
        }
        return groups.stream().map(g -> g.size() == 1 ? g.get(0) : "(" + String.join(" or ", g) + ")")
                .collect(Collectors.joining(" and "));
    }
}
