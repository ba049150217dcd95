package org.mufakat.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds list addresses that keep their filters, ready for the pagination tag to append {@code page=N}. */
public final class Links {

    private Links() {
    }

    /** {@code base("/accounts", "q", "ana")} gives {@code /accounts?q=ana&}; blank values are left out. */
    public static String base(String path, String... namesAndValues) {
        StringBuilder sb = new StringBuilder(path).append('?');
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                sb.append(namesAndValues[i]).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return sb.toString();
    }

    /** A local path to go back to; anything else (another site, a scheme) becomes "/". */
    public static String safeLocal(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n")) {
            return "/";
        }
        return path;
    }
}
