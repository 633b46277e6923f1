package dev.twitchkit.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.DaemonThreads;
import dev.twitchkit.internal.Futures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authorization code grant with a loopback callback server: opens the authorization page through a
 * callback (pass {@code java.awt.Desktop::browse} or print the address), receives Twitch's redirect on
 * {@code http://localhost:<port>/<path>}, checks the random {@code state} (requests with a wrong or missing
 * state are answered 400 and ignored, so a forged redirect cannot end the flow), and exchanges the code for a
 * token. Needs the client secret. The server lives only for one flow. One flow object runs once.
 */
public final class AuthorizationCodeFlow {
    private static final Logger log = LoggerFactory.getLogger(AuthorizationCodeFlow.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuthClient oauth;
    private final ScopeSet scopes;
    private final URI redirectTemplate;
    private final boolean forceVerify;
    private final Duration timeout;
    private final Consumer<URI> openBrowser;
    private final String state = newState();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile URI redirectUri;
    private HttpServer server;
    private ExecutorService executor;

    private AuthorizationCodeFlow(Builder b) {
        this.oauth = b.oauth;
        this.scopes = b.scopes;
        this.redirectTemplate = b.redirectUri;
        this.forceVerify = b.forceVerify;
        this.timeout = b.timeout;
        this.openBrowser = Checks.notNull(b.openBrowser, "openBrowser");
    }

    /** A builder of a flow that exchanges its code through {@code oauth}. */
    public static Builder builder(OAuthClient oauth) {
        return new Builder(oauth);
    }

    /**
     * Starts the callback server, hands the authorization address to the browser callback, and completes with
     * the user's token; a {@link TimeoutException} when no valid redirect arrives in time, an
     * {@link AuthorizationDeniedException} when the user refuses. Cancelling the future stops the server.
     */
    public synchronized CompletableFuture<OAuthToken> start() {
        if (server != null) {
            throw new IllegalStateException("an AuthorizationCodeFlow runs once; build another");
        }
        CompletableFuture<OAuthToken> result = new CompletableFuture<>();
        try {
            InetAddress host = InetAddress.getByName(redirectTemplate.getHost());
            int port = redirectTemplate.getPort() < 0 ? 80 : redirectTemplate.getPort();
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "cannot listen on " + redirectTemplate.getHost() + ":" + redirectTemplate.getPort(), e));
        }
        int bound = server.getAddress().getPort();
        String path = redirectTemplate.getPath() == null || redirectTemplate.getPath().isEmpty()
                ? "/" : redirectTemplate.getPath();
        redirectUri = URI.create(redirectTemplate.getScheme() + "://" + redirectTemplate.getHost() + ":" + bound + path);
        executor = Executors.newSingleThreadExecutor(DaemonThreads.named("twitchkit-oauth-callback"));
        server.setExecutor(executor);
        server.createContext(path, exchange -> handle(exchange, result));
        server.start();
        result.whenComplete((token, error) -> stop());
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                result.completeExceptionally(new TimeoutException("no authorization arrived within " + timeout)));
        try {
            openBrowser.accept(oauth.authorizationUrl(redirectUri, scopes, state, forceVerify));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private void handle(HttpExchange exchange, CompletableFuture<OAuthToken> result) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String given = query.get("state");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            rejected.incrementAndGet();
            log.warn("authorization callback with a wrong or missing state ignored");
            respond(exchange, 400, "This request does not belong to the authorization in progress.");
            return;
        }
        if (query.containsKey("error")) {
            respond(exchange, 200, "Authorization was refused. You may close this window.");
            result.completeExceptionally(new AuthorizationDeniedException(400,
                    query.getOrDefault("error_description", query.get("error"))));
            return;
        }
        String code = query.get("code");
        if (code == null || code.isBlank()) {
            respond(exchange, 400, "The redirect carries no code.");
            return;
        }
        respond(exchange, 200, "Authorized. You may close this window.");
        oauth.exchangeCode(code, redirectUri).whenComplete((token, error) -> {
            if (error != null) {
                result.completeExceptionally(Futures.unwrap(error));
            } else {
                result.complete(token);
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><title>twitchkit</title><p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized void stop() {
        if (server != null) {
            // Stopped from another thread: HttpServer.stop waits for the handler thread, which may be this one.
            HttpServer s = server;
            ExecutorService e = executor;
            DaemonThreads.named("twitchkit-redirect-server-stop").newThread(() -> {
                s.stop(0);
                e.shutdownNow();
            }).start();
        }
    }

    /** The redirect URI in use (with the bound port); null before {@link #start()}. */
    public URI redirectUri() {
        return redirectUri;
    }

    /** How many callback requests were rejected for a wrong or missing state. */
    public int rejectedCallbacks() {
        return rejected.get();
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String newState() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Configures an {@link AuthorizationCodeFlow}. */
    public static final class Builder {
        private final OAuthClient oauth;
        private ScopeSet scopes = ScopeSet.empty();
        private URI redirectUri = URI.create("http://localhost:3000/");
        private boolean forceVerify;
        private Duration timeout = Duration.ofMinutes(5);
        private Consumer<URI> openBrowser;

        private Builder(OAuthClient oauth) {
            this.oauth = Checks.notNull(oauth, "oauth");
        }

        /** The scopes to ask the user for. */
        public Builder scopes(ScopeSet scopes) {
            this.scopes = Checks.notNull(scopes, "scopes");
            return this;
        }

        /**
         * The redirect URI registered for the application (default {@code http://localhost:3000/}); it must be
         * a loopback address. Port 0 picks a free port (only useful where Twitch accepts any port, e.g. the mock).
         */
        public Builder redirectUri(URI redirectUri) {
            Checks.notNull(redirectUri, "redirectUri");
            if (!"http".equals(redirectUri.getScheme()) || !isLoopback(redirectUri.getHost())) {
                throw new IllegalArgumentException("the redirect URI must be http://<loopback host>[:port]/path, got "
                        + redirectUri);
            }
            this.redirectUri = redirectUri;
            return this;
        }

        /** Makes Twitch ask the user again even if they authorized before (to switch accounts). */
        public Builder forceVerify(boolean forceVerify) {
            this.forceVerify = forceVerify;
            return this;
        }

        /** How long to wait for the redirect before giving up. */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /** Opens the authorization address in a browser (or prints it). Required. */
        public Builder openBrowser(Consumer<URI> openBrowser) {
            this.openBrowser = Checks.notNull(openBrowser, "openBrowser");
            return this;
        }

        /** localhost or a loopback literal; decided without DNS, which could be lied to. */
        private static boolean isLoopback(String host) {
            if (host == null) {
                return false;
            }
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
                return false;
            }
            try {
                return InetAddress.getByName(literal).isLoopbackAddress();
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * The flow, ready to {@code start()}; a {@link ClientSecretRequiredException} for a public client, whose
         * code Twitch would not exchange without a secret.
         */
        public AuthorizationCodeFlow build() {
            if (oauth.isPublicClient()) {
                throw new ClientSecretRequiredException("the authorization code flow (its code exchange)",
                        "the OAuthClient; a public client logs users in with the DeviceCodeFlow");
            }
            return new AuthorizationCodeFlow(this);
        }
    }
}
