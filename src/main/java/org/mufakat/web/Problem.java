package org.mufakat.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every API error. {@code errors} maps field names to messages;
 * {@code reasons} lists why a guard refused a move. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        Map<String, String> errors, List<String> reasons) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null);
    }

    public Problem withErrors(Map<String, String> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, reasons);
    }

    public Problem withReasons(List<String> why) {
        return new Problem(type, title, status, detail, instance, errors, why);
    }
}
