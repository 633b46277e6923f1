package dev.twitchkit.cli;

import picocli.CommandLine.Help.Ansi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the output looks like: pretty JSON and colours on a terminal, plain JSON lines and no escape codes when
 * piped, so {@code | jq} and scripts read clean output.
 */
final class Terminal {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Terminal() {
    }

    /** Whether standard output is an interactive terminal (Java 17: a console exists only then). */
    static boolean interactive() {
        return System.console() != null;
    }

    /** Indented output for {@code pretty}, one line for {@code json}, and by the terminal when not forced. */
    static boolean pretty(String format) {
        if (format == null) {
            return interactive();
        }
        return switch (format) {
            case "pretty" -> true;
            case "json" -> false;
            default -> throw CliException.usage("--format takes pretty or json, got: " + format);
        };
    }

    /** {@code node} indented on a terminal, on one line otherwise. */
    static String json(JsonNode node, boolean pretty) {
        return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                : JSON.writeValueAsString(node);
    }

    /** Picocli markup ({@code @|bold text|@}) rendered with colours on a terminal, as plain text otherwise. */
    static String markup(String text) {
        return Ansi.AUTO.string(text);
    }
}
