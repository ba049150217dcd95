package org.mufakat.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** A stored file sent back to be saved, never shown in the page (input attachments, tracking evidence). */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The bytes as an attachment under their (already safe) file name, plain ASCII for old browsers and UTF-8 for the
     * others; the type is the one found from the content, and the browser may neither guess another nor keep a copy.
     */
    public static Response attachment(String fileName, String contentType, byte[] bytes) {
        return attachment(fileName, contentType, (Object) bytes);
    }

    /** The same for a body written as it is sent (a {@code StreamingOutput}). */
    public static Response attachment(String fileName, String contentType, Object body) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(body).type(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
