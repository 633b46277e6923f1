package dev.twitchkit.internal.http;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A received HTTP response with its body read as text.
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body, empty when there was none
 */
public record Response(int status, HttpHeaders headers, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** A header as a number; empty when absent or not a number. */
    public OptionalLong longHeader(String name) {
        Optional<String> value = header(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return "Response[status=" + status + "]";
    }
}
