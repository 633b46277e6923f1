package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README shows each example's snippet as the compiled example has it, so the two never drift. */
class ReadmeSnippetsTest {

    @Test
    void everyExampleSnippetIsInTheReadmeWordForWord() {
        Map<String, String> snippets = Snippets.all();
        String readme = Snippets.readme();

        assertThat(snippets).containsKeys("ping-bot", "first-bot", "moderation-bot", "conduit-app", "tokens-app", "webhook-app",
                "webhook-servlet", "bot-test", "many-bots");
        snippets.forEach((name, snippet) -> {
            assertThat(snippet.lines().count()).as(name).isGreaterThan(5);
            assertThat(readme).as("README.md shows the %s snippet as the example has it", name).contains(snippet);
        });
    }

    @Test
    void aSnippetIsTheLinesBetweenItsMarkersLessTheMarkersIndentation() {
        Map<String, String> snippets = Snippets.of(List.of(
                "class X {",
                "    // README:x",
                "    a();",
                "        b();",
                "",
                "    // README:end",
                "}"));

        assertThat(snippets).containsExactly(Map.entry("x", "a();\n    b();\n"));
    }
}
