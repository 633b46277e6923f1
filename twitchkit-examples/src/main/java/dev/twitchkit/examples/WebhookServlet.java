package dev.twitchkit.examples;

import dev.twitchkit.webhook.WebhookReceiver;
import dev.twitchkit.webhook.WebhookResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The README's Servlet example: Twitch's webhook callbacks taken by a Servlet container's own route (Jetty,
 * Tomcat, an application server) instead of the JDK's server that {@code WebhookClient.serve} starts. The
 * receiver checks signature, timestamp and duplicates and answers the challenge; the servlet only copies its answer
 * to the response. Register it at the callback's path, e.g. with Jetty 12:
 * {@code context.addServlet(new ServletHolder(new WebhookServlet(app.receiver())), "/twitch")}. The lines between
 * the README markers are the README's snippet, word for word.
 */
// README:webhook-servlet
public final class WebhookServlet extends HttpServlet {
    private final transient WebhookReceiver receiver;                 // app.receiver() of your WebhookClient

    /** A servlet handing every request to {@code receiver}. */
    public WebhookServlet(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebhookResponse r = receiver.handle(request.getMethod(), request::getHeader, request.getInputStream());
        response.setStatus(r.status());
        r.headers().forEach(response::setHeader);
        response.getWriter().write(r.body());
    }
}
// README:end
