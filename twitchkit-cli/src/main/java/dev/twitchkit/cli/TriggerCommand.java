package dev.twitchkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
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
        exitCodeList = {"0:the mock answered", "1:the mock refused or did not answer", "2:bad option or field"})
final class TriggerCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

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
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        URI endpoint = URI.create(stripSlash(controlBase(mockUrl.toString())) + "/trigger");
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build().send(
                    HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(timeoutSeconds))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            err.println("No mock answers at " + mockUrl + " — start one with: ./bin/twitchkit mock");
            return 1;
        } catch (IOException e) {
            err.println("Talking to the mock at " + mockUrl + " failed: " + e.getMessage());
            return 1;
        }
        return report(response, out, err);
    }

    private ObjectNode request() {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1, got " + count);
        }
        ObjectNode body = JSON.createObjectNode();
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
                throw new IllegalArgumentException("--condition takes K=V, got: " + c);
            }
            condition.put(c.substring(0, eq), c.substring(eq + 1));
        }
        ObjectNode overrides = body.putObject("fields");
        for (String f : fields) {
            int json = f.indexOf(":=");
            int eq = f.indexOf('=');
            if (json > 0 && json < eq) {
                overrides.set(f.substring(0, json), parseJson(f.substring(json + 2), f));
            } else if (eq > 0) {
                overrides.put(f.substring(0, eq), f.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("--field takes K=V or K:=JSON, got: " + f);
            }
        }
        return body;
    }

    private static JsonNode parseJson(String text, String option) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("--field " + option + ": the value after := must be JSON");
        }
    }

    private static int report(HttpResponse<String> response, PrintWriter out, PrintWriter err) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            err.println("The mock answered " + response.statusCode() + " with a body that is not JSON");
            return 1;
        }
        if (response.statusCode() != 200) {
            JsonNode message = body.get("message");
            err.println("The mock refused (" + response.statusCode() + "): "
                    + (message == null ? response.body() : message.asString()));
            return 1;
        }
        List<String> ids = new ArrayList<>();
        body.get("message_ids").forEach(id -> ids.add(id.asString()));
        if (ids.isEmpty()) {
            out.println("No enabled subscription matched; nothing was sent.");
        } else {
            out.println("Sent " + ids.size() + " notification" + (ids.size() == 1 ? "" : "s") + ":");
            ids.forEach(id -> out.println("  " + id));
        }
        out.flush();
        return 0;
    }

    /** Accepts the mock's base URL or its control URL ({@code …/_mock}). */
    private static String controlBase(String url) {
        String base = stripSlash(url);
        return base.endsWith("/_mock") ? base : base + "/_mock";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
