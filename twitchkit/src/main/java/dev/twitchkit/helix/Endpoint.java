package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.internal.json.Json;
import java.util.Set;
import tools.jackson.databind.JavaType;

/**
 * The declaration of one Helix endpoint: method, path, what the answer decodes to and the scopes Twitch
 * documents for it. Every endpoint is one constant in its group; the call itself ({@link Helix#call}) is the
 * same for all, so adding an endpoint is one line plus its method.
 *
 * @param <T> what a successful answer decodes to ({@code Void} for 204)
 */
final class Endpoint<T> {
    private final String method;
    private final String path;
    private final JavaType responseType;
    private final Set<Scope> scopes;

    private Endpoint(String method, String path, JavaType responseType, Set<Scope> scopes) {
        this.method = method;
        this.path = path;
        this.responseType = responseType;
        this.scopes = Set.copyOf(scopes);
    }

    /** An endpoint answering Twitch's {@code {"data":[…], "pagination":{…}}} envelope of {@code element}s. */
    static <E> Endpoint<DataResponse<E>> data(String method, String path, Class<E> element) {
        JavaType type = Json.mapper().getTypeFactory().constructParametricType(DataResponse.class, element);
        return new Endpoint<>(method, path, type, Set.of());
    }

    /** An endpoint answering a body of its own shape. */
    static <T> Endpoint<T> of(String method, String path, Class<T> type) {
        return new Endpoint<>(method, path, Json.mapper().constructType(type), Set.of());
    }

    /** An endpoint answering 204 No Content. */
    static Endpoint<Void> noContent(String method, String path) {
        return new Endpoint<>(method, path, null, Set.of());
    }

    /** A copy documenting the scopes a user token needs (any one of them, as Twitch lists alternatives). */
    Endpoint<T> scopes(Scope... needed) {
        return new Endpoint<>(method, path, responseType, Set.of(needed));
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The decoded type, or null when the endpoint answers without a body. */
    JavaType responseType() {
        return responseType;
    }

    Set<Scope> scopes() {
        return scopes;
    }

    /** {@code GET /users}: what errors name. */
    String route() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return route();
    }
}
