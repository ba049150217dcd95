package org.mufakat.web;

import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Reads an HTML form's fields: trimmed text, blank as null, numbers that do not parse as null. A NUL character in any
 * field refuses the whole form (400): no one types it, and PostgreSQL cannot store it.
 */
public record FormData(MultivaluedMap<String, String> fields) {

    public FormData {
        if (fields != null && fields.values().stream().flatMap(List::stream)
                .anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
            throw new BadRequestException();
        }
    }

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

    /** Every value sent under the name (checkboxes, multiple selects), trimmed, blanks left out. */
    public List<String> texts(String name) {
        List<String> values = fields == null ? null : fields.get(name);
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
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
