/** twitchkit-micrometer: binds twitchkit's clients to Micrometer meters; optional, the library has no Micrometer. */
module dev.twitchkit.micrometer {
    requires transitive dev.twitchkit;
    requires transitive micrometer.core;

    exports dev.twitchkit.micrometer;
}
