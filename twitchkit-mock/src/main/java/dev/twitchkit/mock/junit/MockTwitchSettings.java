package dev.twitchkit.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings for the mock {@link MockTwitchExtension} starts for the annotated test class. The defaults are
 * Twitch's own values; tests usually shorten the timers. For anything else, register the extension with
 * {@code @RegisterExtension static MockTwitchExtension twitch = new MockTwitchExtension(builder -> ...)}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MockTwitchSettings {
    /** Close a welcomed socket that creates no subscription in time with 4003. */
    boolean requireSubscription() default true;

    /** How long a welcomed socket may go without a subscription, in milliseconds (Twitch: 10 s). */
    long subscriptionTimeoutMillis() default 10_000;

    /** How long an old socket stays open after {@code session_reconnect}, in milliseconds (Twitch: 30 s). */
    long reconnectGraceMillis() default 30_000;

    /** The smallest keepalive a client may ask for, in milliseconds (Twitch: 10 s). */
    long minKeepaliveMillis() default 10_000;

    /** The lifetime of issued access tokens, in seconds (Twitch: about four hours). */
    long tokenTtlSeconds() default 4 * 3600;

    /** Points in each Helix rate-limit bucket (Twitch: 800). */
    int rateLimitPoints() default 800;

    /** How long an empty bucket takes to refill, in milliseconds (Twitch: one minute). */
    long rateLimitWindowMillis() default 60_000;

    /** The device code grant's polling interval, in milliseconds (Twitch: 5 s). */
    long deviceIntervalMillis() default 5_000;
}
