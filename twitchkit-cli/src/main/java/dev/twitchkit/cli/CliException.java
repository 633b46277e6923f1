package dev.twitchkit.cli;

/**
 * A failure the user can act on: printed as its message alone (no stack trace) and turned into the exit code.
 * Messages never carry a token or the client secret.
 */
final class CliException extends RuntimeException {
    /** Twitch or the mock refused, a server was unreachable, or the flow failed. */
    static final int FAILED = 1;
    /** Bad input: an option, a file, a JSON body. */
    static final int USAGE = 2;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    static CliException failed(String message) {
        return new CliException(FAILED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
