package dev.twitchkit.mock.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * The mock's HTTP front: finds the route for a method and path and writes its reply as JSON.
 *
 * <p>Each Twitch surface is mounted twice, at Twitch's own layout and at the Twitch CLI's, so tools written
 * for either work unchanged: Helix at {@code /helix/…} and {@code /mock/…}, OAuth at {@code /oauth2/…} and
 * {@code /auth/…}, and EventSub subscriptions also at {@code /eventsub/…}. Unknown paths get 404 and a known
 * path with another method 405, both with Twitch's error body; nothing a client sends crashes the mock.
 */
public final class Router extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final Map<String, Map<String, Route>> routes = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private volatile HelixFilter helixFilter = (exchange, route) -> route.handle(exchange);

    public Router(ObjectMapper json) {
        this.json = json;
    }

    /** Mounts a Helix route ({@code path} without {@code /helix}) at {@code /helix} and {@code /mock}. */
    public void helix(String method, String path, Route route) {
        Route decorated = exchange -> helixFilter.handle(exchange, route);
        add(method, "/helix" + path, decorated);
        add(method, "/mock" + path, decorated);
        if (path.startsWith("/eventsub/")) {
            add(method, path, decorated);
        }
    }

    /**
     * Mounts a Helix route that Twitch serves without credentials (the iCalendar feed) at {@code /helix} and
     * {@code /mock}, outside the gate: no token is asked for, none is counted against a bucket.
     */
    public void publicHelix(String method, String path, Route route) {
        add(method, "/helix" + path, route);
        add(method, "/mock" + path, route);
    }

    /**
     * Mounts a Helix route that takes a JWT signed with an extension's secret instead of an OAuth token
     * ({@link HelixFilter#handleJwt}), at {@code /helix} and {@code /mock}.
     */
    public void helixJwt(String method, String path, Route route) {
        Route decorated = exchange -> helixFilter.handleJwt(exchange, route);
        add(method, "/helix" + path, decorated);
        add(method, "/mock" + path, decorated);
    }

    /** Mounts an OAuth route ({@code path} without {@code /oauth2}) at {@code /oauth2} and {@code /auth}. */
    public void oauth(String method, String path, Route route) {
        add(method, "/oauth2" + path, route);
        add(method, "/auth" + path, route);
    }

    /** Mounts a route at exactly one path. */
    public void add(String method, String path, Route route) {
        routes.computeIfAbsent(path, p -> new TreeMap<>()).put(method.toUpperCase(Locale.ROOT), route);
    }

    /**
     * What every Helix request passes through around its route: authentication and the rate-limit bucket, so
     * each Helix route, whoever mounts it, gets both without doing anything.
     */
    @FunctionalInterface
    public interface HelixFilter {
        /** Answers the request, usually by calling {@code route}; turns the route's errors into replies itself. */
        HttpReply handle(HttpExchange exchange, Route route) throws Exception;

        /** As {@link #handle}, for a route that takes an extension JWT instead of an OAuth token. */
        default HttpReply handleJwt(HttpExchange exchange, Route route) throws Exception {
            return route.handle(exchange);
        }
    }

    /** Sets the filter every Helix route runs inside (see {@link HelixFilter}). */
    public void filterHelix(HelixFilter filter) {
        this.helixFilter = filter;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        HttpReply reply;
        try {
            reply = dispatch(request, path);
        } catch (TwitchHttpError e) {
            reply = isOAuthPath(path) ? HttpReply.oauthError(e.status(), e.getMessage())
                    : HttpReply.error(e.status(), e.getMessage());
        } catch (Exception e) {
            log.warn("mock route {} {} failed", request.getMethod(), path, e);
            reply = HttpReply.error(500, "Internal Server Error");
        }
        write(reply, response, callback);
        return true;
    }

    private HttpReply dispatch(Request request, String path) throws Exception {
        Map<String, Route> byMethod = routes.get(stripTrailingSlash(path));
        if (byMethod == null) {
            throw TwitchHttpError.notFound("No route for " + path);
        }
        Route route = byMethod.get(request.getMethod().toUpperCase(Locale.ROOT));
        if (route == null) {
            throw new TwitchHttpError(405, "Method " + request.getMethod() + " is not allowed on " + path);
        }
        Map<String, String> headers = new TreeMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.put(field.getLowerCaseName(), field.getValue());
        }
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        HttpExchange exchange = new HttpExchange(request.getMethod(), path, request.getHttpURI().getQuery(),
                headers, body, json);
        return route.handle(exchange);
    }

    private void write(HttpReply reply, Response response, Callback callback) {
        response.setStatus(reply.status());
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        if (reply.text() != null) {
            response.write(true, ByteBuffer.wrap(reply.text().getBytes(StandardCharsets.UTF_8)), callback);
            return;
        }
        if (reply.body() == null) {
            callback.succeeded();
            return;
        }
        byte[] bytes = json.writeValueAsBytes(reply.body());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean isOAuthPath(String path) {
        return path.startsWith("/oauth2/") || path.startsWith("/auth/");
    }
}
