package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.json.Json;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JavaType;

/**
 * The declaration of one Helix endpoint: where it sits in Twitch's reference (category, name), the Java method that
 * calls it, method and path, what the answer decodes to, the scopes and token types Twitch accepts. Every endpoint
 * is one constant in its group, declared with {@link #declare}; the call itself is the same for all
 * ({@link #call}), so adding an endpoint is one declaration plus its typed method. {@code docs/helix-catalog.md} is
 * generated from these declarations ({@link HelixCatalog}).
 *
 * <p>For an endpoint Twitch adds before twitchkit does, {@link #of}, {@link #listOf} and {@link #noContent} make an
 * ad-hoc declaration that runs through the same token handling, rate limit, retries and errors:
 * <pre>{@code
 * Endpoint.of("GET", "/some/new/thing", JsonNode.class).call(api, HelixQuery.create().add("id", id), null)
 * }</pre>
 *
 * @param <T> what a successful answer decodes to ({@code Void} for 204)
 */
public class Endpoint<T> {
    /** How settled Twitch says an endpoint is. */
    public enum Status {
        /** Generally available. */
        STABLE,
        /** Open beta: Twitch may change it without notice. */
        BETA,
        /** Deprecated by Twitch: it still answers, but will go away. */
        DEPRECATED
    }

    private final Builder spec;
    private final JavaType responseType;
    private final boolean text;

    Endpoint(Builder spec, JavaType responseType) {
        this(spec, responseType, false);
    }

    private Endpoint(Builder spec, JavaType responseType, boolean text) {
        this.spec = spec;
        this.responseType = responseType;
        this.text = text;
    }

    /**
     * Starts the declaration of an endpoint of Twitch's reference.
     *
     * @param category Twitch's category, e.g. {@code Moderation}
     * @param name Twitch's name of the endpoint, e.g. {@code Ban User}
     * @param javaMethod the name of the group's method that calls it, e.g. {@code banUser}
     */
    public static Builder declare(String category, String name, String javaMethod) {
        return new Builder(Checks.notBlank(category, "category"), Checks.notBlank(name, "name"),
                Checks.notBlank(javaMethod, "javaMethod"));
    }

    /** An ad-hoc endpoint answering a body of its own shape (any token type, no scope check). */
    public static <T> Endpoint<T> of(String method, String path, Class<T> type) {
        return adHoc(method, path).json(type);
    }

    /** An ad-hoc endpoint answering Twitch's {@code {"data":[…]}} envelope (any token type, no scope check); not paged. */
    public static <E> ListEndpoint<E> listOf(String method, String path, Class<E> element) {
        return adHoc(method, path).data(element);
    }

    /** An ad-hoc endpoint answering 204 No Content (any token type, no scope check). */
    public static Endpoint<Void> noContent(String method, String path) {
        return adHoc(method, path).noContent();
    }

    private static Builder adHoc(String method, String path) {
        return declare("Custom", method + " " + path, "call").route(method, path)
                .tokens(TokenType.APP, TokenType.USER, TokenType.EXTENSION_JWT);
    }

    /**
     * Calls the endpoint with {@code api}'s token: declaration checks (token type, known scopes), then the rate
     * limiter, then Twitch, with the retries of {@link HelixSettings}. Fails with a {@link HelixException} subtype
     * for Twitch's errors, {@link MissingScopeException} or {@link IllegalStateException} (wrong token type) before
     * a request.
     *
     * @param query the query parameters; null for none
     * @param body serialised as JSON (null members left out); null for none
     */
    public CompletableFuture<T> call(HelixApi api, HelixQuery query, Object body) {
        Checks.notNull(api, "api");
        return api.helix().call(api.tokenKey(), this, query == null ? null : query.toQuery(), body);
    }

    /**
     * Calls an endpoint that takes an extension-signed JWT, signed by {@code jwt} instead of {@code api}'s OAuth
     * token, with the same rate limit, retries and typed errors as {@link #call(HelixApi, HelixQuery, Object)}.
     * Fails with {@link IllegalStateException} before a request when the endpoint does not take a JWT.
     *
     * @param api the Helix core the call runs on (its token is not used)
     * @param jwt the extension's signer
     * @param query the query parameters; null for none
     * @param body serialised as JSON (null members left out); null for none
     */
    public CompletableFuture<T> call(HelixApi api, JwtCredentials jwt, HelixQuery query, Object body) {
        Checks.notNull(api, "api");
        Checks.notNull(jwt, "jwt");
        return api.helix().callWithJwt(jwt, this, query == null ? null : query.toQuery(), body);
    }

    /** Twitch's category, e.g. {@code Moderation}. */
    public String category() {
        return spec.category;
    }

    /** Twitch's name of the endpoint, e.g. {@code Ban User}. */
    public String name() {
        return spec.name;
    }

    /** The name of the group method that calls it. */
    public String javaMethod() {
        return spec.javaMethod;
    }

    /** {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}. */
    public String method() {
        return spec.method;
    }

    /** The path below the Helix base, e.g. {@code /moderation/bans}. */
    public String path() {
        return spec.path;
    }

    /** The scopes Twitch accepts (any one suffices); empty when none is needed. */
    public Set<Scope> scopes() {
        return spec.scopes;
    }

    /** The token types Twitch accepts. */
    public Set<TokenType> tokens() {
        return spec.tokens;
    }

    /** Beta, deprecated or stable. */
    public Status status() {
        return spec.status;
    }

    /** The most items Twitch returns per page; 0 for endpoints that are not paginated. */
    public int pageSize() {
        return spec.pageSize;
    }

    /** The decoded type, or null when the endpoint answers without a body. */
    JavaType responseType() {
        return responseType;
    }

    /** Whether the answer is plain text (e.g. {@code text/calendar}) handed over as it came, not JSON. */
    boolean answersText() {
        return text;
    }

    /** Whether Twitch needs no credentials at all here ({@link TokenType#NONE}): none are sent. */
    boolean needsNoToken() {
        return spec.tokens.contains(TokenType.NONE);
    }

    /** {@code GET /users}: what errors name. */
    public String route() {
        return spec.method + " " + spec.path;
    }

    @Override
    public String toString() {
        return route();
    }

    /**
     * A declaration in progress; ends with the answer's shape ({@link #list}, {@link #data}, {@link #json},
     * {@link #text}, {@link #noContent}).
     */
    public static final class Builder {
        private final String category;
        private final String name;
        private final String javaMethod;
        private String method;
        private String path;
        private Set<Scope> scopes = Set.of();
        private Set<TokenType> tokens = Set.of(TokenType.APP, TokenType.USER);
        private Status status = Status.STABLE;
        private int pageSize;

        private Builder(String category, String name, String javaMethod) {
            this.category = category;
            this.name = name;
            this.javaMethod = javaMethod;
        }

        /** Method and path below the Helix base. */
        public Builder route(String method, String path) {
            this.method = Checks.notBlank(method, "method");
            this.path = Checks.notBlank(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/': " + path);
            }
            return this;
        }

        /** The scopes Twitch accepts, any one of them (as the reference lists alternatives). */
        public Builder scopes(Scope... anyOf) {
            this.scopes = Set.of(anyOf);
            return this;
        }

        /** The token types Twitch accepts (default: app and user). */
        public Builder tokens(TokenType first, TokenType... more) {
            EnumSet<TokenType> set = EnumSet.of(first, more);
            this.tokens = Set.copyOf(set);
            return this;
        }

        /** Only a user access token. */
        public Builder userToken() {
            return tokens(TokenType.USER);
        }

        /** Only a JWT signed with the extension's secret (called through {@code call(api, jwt, query, body)}). */
        public Builder extensionJwt() {
            return tokens(TokenType.EXTENSION_JWT);
        }

        /** Only an app access token. */
        public Builder appToken() {
            return tokens(TokenType.APP);
        }

        /** Marks the endpoint as Twitch's beta. */
        public Builder beta() {
            this.status = Status.BETA;
            return this;
        }

        /** Marks the endpoint as deprecated by Twitch. */
        public Builder deprecated() {
            this.status = Status.DEPRECATED;
            return this;
        }

        /**
         * Declares the page size of a paged answer that is not the plain {@code data} array (the schedule's
         * {@code data} object), paged with {@link Paginator#of}; {@link #list} sets it itself.
         */
        public Builder pages(int maxPageSize) {
            this.pageSize = Checks.inRange(maxPageSize, 1, 1000, "maxPageSize");
            return this;
        }

        /** A paginated list: {@code {"data":[…], "pagination":{…}}} of {@code element}s, at most {@code pageSize} a page. */
        public <E> ListEndpoint<E> list(Class<E> element, int pageSize) {
            return envelope(element, Checks.inRange(pageSize, 1, 1000, "pageSize"));
        }

        /** Answers {@code {"data":[…]}} of {@code element}s without pages (a write's result, a lookup by ids). */
        public <E> ListEndpoint<E> data(Class<E> element) {
            return envelope(element, 0);
        }

        private <E> ListEndpoint<E> envelope(Class<E> element, int pageSize) {
            checkRoute();
            JavaType type = Json.mapper().getTypeFactory().constructParametricType(DataResponse.class, element);
            return new ListEndpoint<>(this, type, pageSize);
        }

        /** Answers a body of its own shape. */
        public <T> Endpoint<T> json(Class<T> type) {
            checkRoute();
            return new Endpoint<>(this, Json.mapper().constructType(type));
        }

        /**
         * Answers a body that is not JSON ({@code text/calendar}, …): the body as it came, as a String. The rare
         * endpoint that needs it is declared in one line like every other.
         */
        public Endpoint<String> text() {
            checkRoute();
            return new Endpoint<>(this, Json.mapper().constructType(String.class), true);
        }

        /** Answers 204 No Content. */
        public Endpoint<Void> noContent() {
            checkRoute();
            return new Endpoint<>(this, null);
        }

        private void checkRoute() {
            if (method == null) {
                throw new IllegalStateException(name + ": route(method, path) not declared");
            }
        }
    }
}
