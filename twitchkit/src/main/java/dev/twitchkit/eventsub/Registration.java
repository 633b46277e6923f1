package dev.twitchkit.eventsub;

/** A registered handler; {@link #close()} removes it. Closing twice does nothing. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    /** Removes the handler: notifications dispatched after this call no longer reach it. */
    @Override
    void close();
}
