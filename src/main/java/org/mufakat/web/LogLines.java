package org.mufakat.web;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * One log record, one line: carriage returns, line feeds and other control characters in a message (a username typed
 * at sign-in, a path, a database's complaint quoting a value) are written as {@code \r}, {@code \n}, {@code \u0000}
 * escapes, so that no input can forge a log line. Stack traces are the record's exception, not its message, and keep
 * their lines. Applied to the console log ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = "mufakat-log-lines")
public final class LogLines implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message != null && needsEscape(message)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(escape(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(escape(message));
            }
            record.setParameters(null);
        }
        return true;
    }

    static boolean needsEscape(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\t');
    }

    /** The text with every control character but the tab written as an escape. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append(c);
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
