package org.mufakat.web;

import java.net.URI;
import java.net.URISyntaxException;
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

    /**
     * A local path (with its query and fragment) to go back to; anything else (another site, a scheme, a backslash,
     * a space or control character, anything that is not a valid URI) becomes "/". The one check every redirect to
     * an address the request brought goes through.
     */
    public static String safeLocal(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        try {
            URI uri = new URI(path);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return "/";
            }
            return path;
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** {@link #safeLocal} as the URI of a redirect: never throws, whatever the request sent. */
    public static URI safeRedirect(String path) {
        return URI.create(safeLocal(path));
    }
}
