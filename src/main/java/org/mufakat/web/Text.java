package org.mufakat.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A text not yet written in any language: message keys of {@code ValidationMessages} with their arguments, joined by
 * spaces. Notices keep it (as JSON) so that each reader sees it in their own language, and e-mails are written from
 * it in the recipient's. An argument is a string, a whole number, a day ({@link LocalDate}, written the reader's way)
 * or another {@code Text} (a stage's name, say).
 */
public record Text(List<Part> parts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Part(String key, List<Object> args) {
    }

    public static Text of(String key, Object... args) {
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Long || a instanceof Integer || a instanceof LocalDate
                    || a instanceof Text)) {
                throw new IllegalArgumentException("A text's argument cannot be a " + a);
            }
        }
        return new Text(List.of(new Part(key, List.of(args))));
    }

    /** This text, then the other, separated by a space. */
    public Text and(Text more) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(more.parts);
        return new Text(List.copyOf(all));
    }

    public String toJson() {
        return write(this).toString();
    }

    public static Text fromJson(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not a stored text: " + json, e);
        }
    }

    private static ArrayNode write(Text text) {
        ArrayNode parts = JSON.createArrayNode();
        for (Part p : text.parts) {
            ObjectNode part = parts.addObject().put("key", p.key);
            ArrayNode args = part.putArray("args");
            for (Object a : p.args) {
                if (a instanceof String s) {
                    args.add(s);
                } else if (a instanceof Number n) {
                    args.add(n.longValue());
                } else if (a instanceof LocalDate d) {
                    args.addObject().put("date", d.toString());
                } else {
                    args.addObject().set("text", write((Text) a));
                }
            }
        }
        return parts;
    }

    private static Text read(JsonNode parts) {
        List<Part> read = new ArrayList<>();
        for (JsonNode p : parts) {
            List<Object> args = new ArrayList<>();
            for (JsonNode a : p.get("args")) {
                args.add(a.isTextual() ? a.asText()
                        : a.isNumber() ? (Object) a.asLong()
                                : a.has("date") ? LocalDate.parse(a.get("date").asText()) : read(a.get("text")));
            }
            read.add(new Part(p.get("key").asText(), List.copyOf(args)));
        }
        return new Text(List.copyOf(read));
    }
}
