/**
 * Micrometer meters for twitchkit: {@link dev.twitchkit.micrometer.TwitchkitMetrics#bind} binds an {@code App} or
 * any of its clients to a {@code MeterRegistry} and returns the binding, whose {@code close()} removes the meters.
 */
package dev.twitchkit.micrometer;
