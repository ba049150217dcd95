package org.mufakat.web;

import jakarta.ws.rs.core.MultivaluedMap;

/** Reads an HTML form's fields: trimmed text, blank as null, numbers that do not parse as null. */
public record FormData(MultivaluedMap<String, String> fields) {

    public String text(String name) {
        String value = fields == null ? null : fields.getFirst(name);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Passwords keep their spaces. */
    public String secret(String name) {
        String value = fields == null ? null : fields.getFirst(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public Long number(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
