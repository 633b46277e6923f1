package dev.twitchkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
    @Test
    void repeatsNamesForListsAndSkipsNulls() {
        Query q = Query.create().addAll("id", List.of("1", "2")).add("after", null).add("login", "a b&c");
        assertThat(q.encode()).isEqualTo("id=1&id=2&login=a%20b%26c");
    }

    @Test
    void toStringShowsNamesOnly() {
        Query q = Query.create().add("refresh_token", "very-secret");
        assertThat(q.toString()).contains("refresh_token").doesNotContain("very-secret");
        assertThat(Arrays.asList(q.pairs().get(0).getValue())).containsExactly("very-secret");
    }

    @Test
    void requestUriJoinsBasePathAndQuery() {
        assertThat(Request.uri(java.net.URI.create("http://h/helix"), "/users", Query.create().add("id", "1")))
                .hasToString("http://h/helix/users?id=1");
        assertThat(Request.uri(java.net.URI.create("http://h/helix"), "/users", Query.create()))
                .hasToString("http://h/helix/users");
    }
}
