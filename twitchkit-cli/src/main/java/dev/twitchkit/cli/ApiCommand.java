package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.Token;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code twitchkit api}: any Helix endpoint with the stored user token (refreshed when close to expiry or
 * rejected), through the library's {@link HelixApi#call} so rate limits, retries and errors are the library's.
 */
@Command(name = "api", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Call a Helix endpoint with the stored token and print the JSON answer "
                + "(indented on a terminal, one line when piped).",
            "Example: twitchkit api get /users -q login=twitchdev"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:2xx answer", "1:Twitch answered an error (status and message on stderr), unreachable, "
                + "or no token", "2:bad option, query or JSON body"})
final class ApiCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
    /** The HTTP methods Helix uses. */
    enum Method { GET, POST, PUT, PATCH, DELETE }

    private static final Duration REFRESH_BEFORE = Duration.ofMinutes(1);
    private static final int MAX_PAGES = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    TwitchOptions twitch;

    @Mixin
    UserOption user;

    @Parameters(index = "0", paramLabel = "METHOD", description = "get, post, put, patch or delete.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "Below the Helix base, e.g. /users or users.")
    String path;

    @Option(names = {"-q", "--query"}, paramLabel = "K=V", description = "A query parameter. Repeatable.")
    List<String> query = new ArrayList<>();

    @Option(names = {"-b", "--body"}, paramLabel = "JSON|@FILE", description = "JSON body, or @file to read it.")
    String body;

    @Option(names = "--all", description = "Follow pagination.cursor and print every page's data as one array.")
    boolean all;

    @Option(names = "--app", description = "Use an app access token instead of the stored user token. Needs the "
            + "client secret.")
    boolean appToken;

    @Option(names = "-v", description = "Print the method, path and rate-limit points left on stderr.")
    boolean showRateLimit;

    @Option(names = "--format", paramLabel = "pretty|json",
            description = "Force indented (pretty) or one-line (json) output.")
    String format;

    @Override
    public TwitchOptions twitchOptions() {
        return twitch;
    }

    @Override
    public Integer call() {
        Method verb = verb();
        String route = path.startsWith("/") ? path : "/" + path;
        HelixQuery helixQuery = query();
        JsonNode json = body();
        boolean pretty = Terminal.pretty(format);
        TwitchOptions.Target target = twitch.target();
        if (appToken) {
            target.requireSecret("--app (an app access token)");
        }
        try (App app = twitch.app(target)) {
            HelixApi api = api(app);
            JsonNode answer = all ? allPages(api, verb, route, helixQuery, json)
                    : api.call(verb.name(), route, helixQuery, json, JsonNode.class).join();
            PrintWriter out = spec.commandLine().getOut();
            if (answer != null) {
                out.println(Terminal.json(answer, pretty));
            }
            out.flush();
            if (showRateLimit) {
                spec.commandLine().getErr().println(verb + " " + route + ": " + app.getTokenQuota(api.tokenKey())
                        .stream().mapToObj(p -> p + " rate-limit points left").findFirst().orElse("no rate limit"));
            }
            return 0;
        }
    }

    private HelixApi api(App app) {
        if (appToken) {
            app.authorize().join();
            return app.application();
        }
        Token token = user.pick(app, twitch.tokenFile());
        boolean expiring = token.remaining(Instant.now()).map(left -> left.compareTo(REFRESH_BEFORE) < 0)
                .orElse(false);
        if (expiring && token.refreshToken() != null) {
            app.maintenance().refresh(token.userId()).join();
        }
        return app.getUserById(token.userId());
    }

    private static JsonNode allPages(HelixApi api, Method verb, String route, HelixQuery query, JsonNode body) {
        ArrayNode data = Terminal.JSON.createArrayNode();
        JsonNode last = null;
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            HelixQuery pageQuery = query.copy().add("after", cursor);
            last = api.call(verb.name(), route, pageQuery, body, JsonNode.class).join();
            if (last == null || !last.path("data").isArray()) {
                return last;
            }
            data.addAll((ArrayNode) last.get("data"));
            cursor = last.path("pagination").path("cursor").asString(null);
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        ObjectNode result = Terminal.JSON.createObjectNode();
        result.set("data", data);
        if (last.has("total")) {
            result.set("total", last.get("total"));
        }
        return result;
    }

    private Method verb() {
        try {
            return Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("unknown method " + method + ": use get, post, put, patch or delete");
        }
    }

    private HelixQuery query() {
        HelixQuery q = HelixQuery.create();
        for (String pair : query) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("-q takes K=V, got: " + pair);
            }
            q.add(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return q;
    }

    private JsonNode body() {
        if (body == null) {
            return null;
        }
        String text = body;
        String source = "-b";
        if (body.startsWith("@")) {
            Path file = Path.of(body.substring(1));
            source = file.toString();
            try {
                text = Files.readString(file);
            } catch (NoSuchFileException e) {
                throw CliException.usage("no such file: " + file);
            } catch (IOException e) {
                throw CliException.usage("cannot read " + file + ": " + e.getMessage());
            }
        }
        try {
            return Terminal.JSON.readTree(text);
        } catch (JacksonException e) {
            throw CliException.usage(source + " is not JSON: " + e.getOriginalMessage());
        }
    }
}
