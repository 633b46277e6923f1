package dev.twitchkit.cli;

import dev.twitchkit.mock.EventExamples;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code twitchkit trigger TYPE}: asks a running mock ({@code twitchkit mock}, or one embedded in a test) to send
 * notifications of a subscription type through its control API ({@code POST /_mock/trigger}).
 */
@Command(name = "trigger",
        description = {"Send EventSub notifications of TYPE from a running mock Twitch to every matching "
                + "enabled subscription.",
            "Example: ./bin/twitchkit trigger channel.follow --broadcaster 10000001 --field user_name=Someone"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:notifications were sent", "1:no enabled subscription matched, or the mock refused or did "
                + "not answer", "2:unknown type or version, bad option, or a field Twitch sends in another shape"})
final class TriggerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Not picocli's standard help options: their -V/--version would clash with the subscription --version below,
    // and picocli then drops them, so --help was read as a missing TYPE.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "TYPE", description = "Subscription type, e.g. channel.follow.")
    String type;

    @Option(names = "--version", paramLabel = "V", description = "Subscription version (default: the newest).")
    String version;

    @Option(names = "--broadcaster", paramLabel = "ID",
            description = "Send to subscriptions for this broadcaster user id.")
    String broadcaster;

    @Option(names = "--mock-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "Where the mock runs (default: ${DEFAULT-VALUE}).")
    URI mockUrl;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1",
            description = "Notifications per matching subscription (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--field", paramLabel = "K=V",
            description = "Set an event field (dotted for nested: message.text=hi). K=V sets a string; "
                    + "K:=JSON sets a JSON value (K:=42, K:=true, K:=null). Repeatable.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--condition", paramLabel = "K=V",
            description = "Send only to subscriptions whose condition has K=V. Repeatable.")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the mock (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        ObjectNode request = request(exampleEvent());
        if (timeoutSeconds < 1) {
            throw CliException.usage("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        JsonNode answer = new MockControl(mockUrl, Duration.ofSeconds(timeoutSeconds)).post("/trigger", request);
        return report(answer, spec.commandLine().getOut());
    }

    /** The event the mock sends for TYPE (and --version), which the fields are checked against. */
    private JsonNode exampleEvent() {
        if (!EventExamples.types().contains(type)) {
            List<String> near = Suggestions.closest(type, EventExamples.types(), 3);
            throw CliException.usage("unknown subscription type " + type + (near.isEmpty()
                    ? " (see: twitchkit events)" : "; did you mean " + String.join(", ", near) + "?"));
        }
        return EventExamples.event(type, version).orElseThrow(() -> CliException.usage(
                "the mock cannot trigger " + type + " version " + version + " (see: twitchkit events " + type + ")"));
    }

    private ObjectNode request(JsonNode example) {
        if (count < 1) {
            throw CliException.usage("--count must be at least 1, got " + count);
        }
        ObjectNode body = Terminal.JSON.createObjectNode();
        body.put("type", type);
        if (version != null) {
            body.put("version", version);
        }
        if (broadcaster != null) {
            body.put("broadcaster", broadcaster);
        }
        body.put("count", count);
        ObjectNode condition = body.putObject("condition");
        for (String c : conditions) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("--condition takes K=V, got: " + c);
            }
            condition.put(c.substring(0, eq), c.substring(eq + 1));
        }
        ObjectNode overrides = body.putObject("fields");
        for (String f : fields) {
            int json = f.indexOf(":=");
            int eq = f.indexOf('=');
            String path;
            JsonNode value;
            if (json > 0 && json < eq) {
                path = f.substring(0, json);
                value = parseJson(f.substring(json + 2), f);
            } else if (eq > 0) {
                path = f.substring(0, eq);
                value = Terminal.JSON.getNodeFactory().stringNode(f.substring(eq + 1));
            } else {
                throw CliException.usage("--field takes K=V or K:=JSON, got: " + f);
            }
            FieldShapes.check(example, path, value);
            overrides.set(path, value);
        }
        return body;
    }

    private static JsonNode parseJson(String text, String option) {
        try {
            return Terminal.JSON.readTree(text);
        } catch (JacksonException e) {
            throw CliException.usage("--field " + option + ": the value after := must be JSON");
        }
    }

    private static int report(JsonNode answer, PrintWriter out) {
        List<String> ids = new ArrayList<>();
        answer.path("message_ids").forEach(id -> ids.add(id.asString()));
        if (ids.isEmpty()) {
            throw CliException.failed("no enabled subscription matched; nothing was sent "
                    + "(subscribe first, e.g. with: twitchkit listen, or check --broadcaster and --condition)");
        }
        out.println("Sent " + ids.size() + " notification" + (ids.size() == 1 ? "" : "s") + ":");
        ids.forEach(id -> out.println("  " + id));
        out.flush();
        return 0;
    }
}
