package dev.twitchkit.auth;

import java.net.URI;
import java.time.Duration;

/**
 * A device authorization in progress: show {@link #userCode()} and {@link #verificationUri()} to the user.
 * {@link #toString()} leaves out the device code, which is a credential until it expires.
 *
 * @param deviceCode the code the application polls with (secret)
 * @param userCode the code the user types at {@code verificationUri}
 * @param verificationUri where the user goes
 * @param expiresIn how long the codes live
 * @param interval how long to wait between polls, as Twitch asks
 */
public record DeviceCode(String deviceCode, String userCode, URI verificationUri, Duration expiresIn,
                         Duration interval) {
    @Override
    public String toString() {
        return "DeviceCode[userCode=" + userCode + ", verificationUri=" + verificationUri + ", expiresIn="
                + expiresIn + ", interval=" + interval + "]";
    }
}
