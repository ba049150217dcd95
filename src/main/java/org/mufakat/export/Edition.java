package org.mufakat.export;

import java.util.Locale;
import java.util.Optional;

/** Which book: the one made to leave the network, or the staff's own. */
public enum Edition {
    /** Nothing restricted, attribution only when the round allows it, whoever downloads it. */
    PUBLIC,
    /** What the reader's own Audience opens; network staff only. */
    INTERNAL;

    /** The edition named in a request ({@code public}, {@code internal}, any case); empty for anything else. */
    public static Optional<Edition> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(PUBLIC);
        }
        for (Edition e : values()) {
            if (e.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
