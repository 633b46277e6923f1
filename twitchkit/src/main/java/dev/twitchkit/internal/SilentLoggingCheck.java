package dev.twitchkit.internal;

import java.lang.System.Logger.Level;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Says once per JVM, outside SLF4J, that SLF4J has no provider: SLF4J then drops every line, and with them the
 * errors the library can only log (a handler that threw, a token Twitch removed, a subscription that failed after
 * a reconnect). The warning goes through {@link System.Logger}, which prints to stderr unless configured otherwise.
 * A provider chosen to be silent ({@code slf4j-nop}) is respected: no warning.
 */
public final class SilentLoggingCheck {
    /** What the user reads: what is lost and the dependency line that brings it back. */
    static final String WARNING = "twitchkit logs through SLF4J, and SLF4J found no provider: its errors (a handler "
            + "that threw, a removed token, a failed subscription) are not printed anywhere. Add a provider, e.g. "
            + "Maven <groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId><version>2.0.17</version> "
            + "or Gradle runtimeOnly(\"org.slf4j:slf4j-simple:2.0.17\").";

    private static final SilentLoggingCheck JVM = new SilentLoggingCheck(SilentLoggingCheck::slf4jIsSilent,
            message -> System.getLogger("dev.twitchkit").log(Level.WARNING, message));

    private final AtomicBoolean checked = new AtomicBoolean();
    private final BooleanSupplier silent;
    private final Consumer<String> warn;

    /**
     * @param silent whether log lines go nowhere; asked once
     * @param warn where the warning goes
     */
    SilentLoggingCheck(BooleanSupplier silent, Consumer<String> warn) {
        this.silent = silent;
        this.warn = warn;
    }

    /** Warns if SLF4J has no provider, the first time any App starts in this JVM; later calls do nothing. */
    public static void warnOnceIfSilent() {
        JVM.check();
    }

    /** Checks on the first call only; true when this call warned. */
    boolean check() {
        if (!checked.compareAndSet(false, true) || !silent.getAsBoolean()) {
            return false;
        }
        warn.accept(WARNING);
        return true;
    }

    /** Whether this JVM's SLF4J drops every line for want of a provider. */
    static boolean slf4jIsSilent() {
        return isSilent(LoggerFactory.getILoggerFactory(),
                () -> ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isPresent());
    }

    /**
     * SLF4J falls back to its no-operation factory when it found no provider; {@code slf4j-nop} is a provider that
     * hands out the same factory, so a provider on the path means silence was chosen.
     *
     * @param providerOnPath asked only when the factory is the no-operation one
     */
    static boolean isSilent(ILoggerFactory factory, BooleanSupplier providerOnPath) {
        return factory instanceof NOPLoggerFactory && !providerOnPath.getAsBoolean();
    }
}
