/** twitchkit-micrometer: binds twitchkit's clients to Micrometer meters; optional, the library has no Micrometer. */
// Micrometer's types are in the API (bind takes a MeterRegistry), so they are re-exported; micrometer-core is an
// automatic module (Automatic-Module-Name micrometer.core).
@SuppressWarnings("requires-transitive-automatic")
module dev.twitchkit.micrometer {
    requires transitive dev.twitchkit;
    requires transitive micrometer.core;

    exports dev.twitchkit.micrometer;
}
