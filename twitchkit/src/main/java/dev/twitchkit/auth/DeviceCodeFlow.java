package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.Futures;
import dev.twitchkit.internal.http.Delays;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device code grant, for bots without a browser: asks Twitch for a code, shows it to the user through a
 * callback, then polls until the user approves. Honours Twitch's {@code interval}, keeps polling on
 * {@code authorization_pending}, adds five seconds on {@code slow_down} (the seed re-polled at once), and ends
 * with {@link DeviceCodeExpiredException}, {@link AuthorizationDeniedException}, a {@link TimeoutException}, or
 * a cancellation when the returned future is cancelled. Works for public clients (no secret). One flow object
 * runs once.
 *
 * <pre>{@code
 * OAuthToken token = DeviceCodeFlow.builder(oauth)
 *         .scopes(ScopeSet.of(Scope.USER_READ_CHAT, Scope.USER_WRITE_CHAT))
 *         .onCode(code -> System.out.println("Go to " + code.verificationUri() + " and enter " + code.userCode()))
 *         .build().start().join();
 * }</pre>
 */
public final class DeviceCodeFlow {
    private static final Logger log = LoggerFactory.getLogger(DeviceCodeFlow.class);

    /** What RFC 8628 and Twitch add to the interval on {@code slow_down}. */
    public static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    private final OAuthClient oauth;
    private final ScopeSet scopes;
    private final Consumer<DeviceCode> onCode;
    private final Duration timeout;
    private final Duration intervalOverride;
    private final Duration slowDownStep;
    private final AtomicInteger polls = new AtomicInteger();
    private volatile Duration interval;
    private volatile boolean started;

    private DeviceCodeFlow(Builder b) {
        this.oauth = b.oauth;
        this.scopes = b.scopes;
        this.onCode = Checks.notNull(b.onCode, "onCode");
        this.timeout = b.timeout;
        this.intervalOverride = b.intervalOverride;
        this.slowDownStep = b.slowDownStep;
    }

    /** A builder of a flow that gets its codes and tokens through {@code oauth}. */
    public static Builder builder(OAuthClient oauth) {
        return new Builder(oauth);
    }

    /**
     * Requests the code, hands it to the callback and polls. The future completes with the user's token;
     * cancelling it stops the polling.
     */
    public synchronized CompletableFuture<OAuthToken> start() {
        if (started) {
            throw new IllegalStateException("a DeviceCodeFlow runs once; build another");
        }
        started = true;
        CompletableFuture<OAuthToken> result = new CompletableFuture<>();
        long startNanos = System.nanoTime();
        oauth.requestDeviceCode(scopes).whenComplete((code, error) -> {
            if (error != null) {
                result.completeExceptionally(Futures.unwrap(error));
                return;
            }
            interval = intervalOverride != null ? intervalOverride : code.interval();
            Duration limit = timeout != null && timeout.compareTo(code.expiresIn()) < 0 ? timeout : code.expiresIn();
            long deadline = startNanos + limit.toNanos();
            try {
                onCode.accept(code);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            poll(code, deadline, result);
        });
        return result;
    }

    private void poll(DeviceCode code, long deadline, CompletableFuture<OAuthToken> result) {
        Duration wait = interval;
        if (System.nanoTime() + wait.toNanos() > deadline) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Delays.after(left).thenRun(() -> result.completeExceptionally(
                    new TimeoutException("the user did not approve the device code in time")));
            return;
        }
        Delays.after(wait).thenCompose(v -> {
            if (result.isDone()) {
                return CompletableFuture.completedFuture(null);
            }
            polls.incrementAndGet();
            return oauth.exchangeDeviceCode(code.deviceCode(), scopes).handle((token, error) -> {
                if (error == null) {
                    result.complete(token);
                } else {
                    onPollError(Futures.unwrap(error), code, deadline, result);
                }
                return null;
            });
        });
    }

    private void onPollError(Throwable error, DeviceCode code, long deadline, CompletableFuture<OAuthToken> result) {
        if (!(error instanceof OAuthException oe)) {
            result.completeExceptionally(error);
            return;
        }
        String message = oe.twitchMessage() == null ? "" : oe.twitchMessage().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("authorization_pending")) {
            poll(code, deadline, result);
        } else if (message.contains("slow_down")) {
            interval = interval.plus(slowDownStep);
            log.debug("device flow: slow_down, interval now {} ms", interval.toMillis());
            poll(code, deadline, result);
        } else if (message.contains("expired") || message.contains("invalid device code")) {
            result.completeExceptionally(new DeviceCodeExpiredException(oe.status(), oe.twitchMessage()));
        } else if (message.contains("access_denied") || message.contains("denied")) {
            result.completeExceptionally(new AuthorizationDeniedException(oe.status(), oe.twitchMessage()));
        } else {
            result.completeExceptionally(oe);
        }
    }

    /** How many times the token endpoint was polled so far. */
    public int polls() {
        return polls.get();
    }

    /** The current polling interval (grows on {@code slow_down}); null before the code arrived. */
    public Duration interval() {
        return interval;
    }

    /** Configures a {@link DeviceCodeFlow}. */
    public static final class Builder {
        private final OAuthClient oauth;
        private ScopeSet scopes = ScopeSet.empty();
        private Consumer<DeviceCode> onCode;
        private Duration timeout;
        private Duration intervalOverride;
        private Duration slowDownStep = SLOW_DOWN_STEP;

        private Builder(OAuthClient oauth) {
            this.oauth = Checks.notNull(oauth, "oauth");
        }

        /** The scopes to ask the user for. */
        public Builder scopes(ScopeSet scopes) {
            this.scopes = Checks.notNull(scopes, "scopes");
            return this;
        }

        /** Receives the code to show the user (user code and verification URI). Required. */
        public Builder onCode(Consumer<DeviceCode> onCode) {
            this.onCode = Checks.notNull(onCode, "onCode");
            return this;
        }

        /** Gives up after this long (never later than the code's own expiry, the default). */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Polls at this interval instead of Twitch's (tests use a short one; against the real Twitch a shorter
         * interval only earns {@code slow_down}).
         */
        public Builder pollInterval(Duration interval) {
            this.intervalOverride = Checks.positive(interval, "interval");
            return this;
        }

        /** What {@code slow_down} adds to the interval (default 5 s, as RFC 8628 says). */
        public Builder slowDownStep(Duration step) {
            this.slowDownStep = Checks.positive(step, "step");
            return this;
        }

        /** The flow, ready to {@code start()}. */
        public DeviceCodeFlow build() {
            return new DeviceCodeFlow(this);
        }
    }
}
