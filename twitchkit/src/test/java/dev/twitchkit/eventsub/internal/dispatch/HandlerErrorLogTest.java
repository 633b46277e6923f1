package dev.twitchkit.eventsub.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;

/** A handler throwing on every event: a handful of stack traces, then a count at each power of two. */
class HandlerErrorLogTest {
    /** One logged line: its message as formatted and whether it carried a stack trace. */
    record Line(String message, boolean withStackTrace) {
    }

    /** Keeps what is logged at ERROR. */
    static final class RecordingLogger extends AbstractLogger {
        private static final long serialVersionUID = 1L;
        final transient List<Line> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            String message = org.slf4j.helpers.MessageFormatter.basicArrayFormat(pattern, arguments);
            lines.add(new Line(level + " " + message, throwable != null));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return true;
        }
    }

    @Test
    void fiveThousandFailuresAreAFewLinesThatKeepTheCount() {
        RecordingLogger logger = new RecordingLogger();
        HandlerErrorLog log = new HandlerErrorLog(logger);
        for (int i = 1; i <= 4_991; i++) {
            log.failed(new IllegalStateException("boom " + i), "handler of channel.follow (message m-" + i + ")");
        }

        assertThat(log.total()).isEqualTo(4_991);
        assertThat(logger.lines.subList(0, HandlerErrorLog.LOGGED_WHOLE)).allMatch(Line::withStackTrace);
        assertThat(logger.lines.subList(HandlerErrorLog.LOGGED_WHOLE, logger.lines.size()))
                .noneMatch(Line::withStackTrace);
        // 5 whole, the note that counts follow, then 8, 16, ..., 4096
        assertThat(logger.lines).hasSize(HandlerErrorLog.LOGGED_WHOLE + 1 + 10);
        assertThat(logger.lines).last().extracting(Line::message).asString()
                .contains("message m-4096").contains("4096 handler failures so far");
    }
}
