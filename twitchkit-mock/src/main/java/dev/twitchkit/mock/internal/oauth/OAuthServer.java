package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.Router;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The mock's id server ({@code id.twitch.tv}): mounts {@code /oauth2/token}, {@code /device}, {@code /authorize},
 * {@code /validate} and {@code /revoke} (also under {@code /auth/…}, the Twitch CLI's layout) and {@code /activate},
 * and gives the Java API its handles on device approvals, consent, redirect URIs, counters and faults.
 */
public final class OAuthServer {
    private final AuthStore auth;
    private final ClientChecks clients;
    private final RedirectUris redirectUris = new RedirectUris();
    private final AuthorizationCodes codes;
    private final DeviceAuthorizations devices;
    private final OAuthCounters counters = new OAuthCounters();
    private final OAuthFaults faults = new OAuthFaults();
    private final Supplier<AuthStore.User> defaultUser;
    private final TokenEndpoint token;
    private final AuthorizeEndpoint authorize;
    private final DeviceEndpoint device;
    private final ValidateEndpoint validate;
    private final RevokeEndpoint revoke;

    /**
     * How the id server behaves.
     *
     * @param tokenTtl lifetime of every access token it issues
     * @param deviceInterval the device code grant's polling interval ({@code slow_down} when polled faster)
     * @param deviceLifetime how long a device code can be redeemed ({@code expired_token} after)
     * @param deviceAutoApproveAfterPolls approve a device code for the default user on this poll; 0 never
     * @param defaultLogin the user who is "logged in" on the consent and activate pages, created on first use
     */
    public record Config(Duration tokenTtl, Duration deviceInterval, Duration deviceLifetime,
                         int deviceAutoApproveAfterPolls, String defaultLogin) {
        public Config {
            Objects.requireNonNull(tokenTtl, "tokenTtl");
            Objects.requireNonNull(deviceInterval, "deviceInterval");
            Objects.requireNonNull(deviceLifetime, "deviceLifetime");
            Objects.requireNonNull(defaultLogin, "defaultLogin");
            if (deviceAutoApproveAfterPolls < 0) {
                throw new IllegalArgumentException("deviceAutoApproveAfterPolls must be >= 0");
            }
        }
    }

    public OAuthServer(AuthStore auth, Config config) {
        this.auth = auth;
        this.clients = new ClientChecks(auth);
        this.codes = new AuthorizationCodes(auth.clock());
        this.devices = new DeviceAuthorizations(auth.clock(), config.deviceInterval(), config.deviceLifetime(),
                config.deviceAutoApproveAfterPolls());
        this.defaultUser = () -> auth.userByLoginOrCreate(config.defaultLogin());
        this.token = new TokenEndpoint(auth, config.tokenTtl(), clients, codes, devices, defaultUser, counters,
                faults);
        this.authorize = new AuthorizeEndpoint(auth, clients, redirectUris, codes, defaultUser, config.tokenTtl());
        this.device = new DeviceEndpoint(auth, clients, devices, defaultUser);
        this.validate = new ValidateEndpoint(auth, counters);
        this.revoke = new RevokeEndpoint(auth);
    }

    public void mount(Router router) {
        router.oauth("POST", "/token", token::handle);
        router.oauth("POST", "/device", device::start);
        router.oauth("GET", "/authorize", authorize::handle);
        router.oauth("GET", "/validate", validate::handle);
        router.oauth("POST", "/revoke", revoke::handle);
        router.add("GET", "/activate", device::activate);
    }

    /** Approves a pending device code as this user; the next poll gets the token. */
    public void approveDevice(String userCode, String userId) {
        if (auth.userById(userId).isEmpty()) {
            throw new IllegalArgumentException("no such user: " + userId);
        }
        devices.approve(userCode, userId);
    }

    /** The user refuses a pending device code; the next poll gets {@code access_denied}. */
    public void denyDevice(String userCode) {
        devices.deny(userCode);
    }

    /** The next {@code /authorize} redirects with {@code error=access_denied}. */
    public void denyNextAuthorization() {
        authorize.denyNext();
    }

    /** Registers a redirect URI; from then on the client's redirect URIs must match a registered one exactly. */
    public void registerRedirectUri(String clientId, String redirectUri) {
        if (auth.client(clientId).isEmpty()) {
            throw new IllegalArgumentException("no such client: " + clientId);
        }
        redirectUris.register(clientId, redirectUri);
    }

    public OAuthCounters counters() {
        return counters;
    }

    public OAuthFaults faults() {
        return faults;
    }
}
