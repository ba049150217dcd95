package org.mufakat.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** The messages a form comes back with: at most one per field, in the order the fields were checked. */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.stream()
                .sorted(Comparator.comparingInt(FormErrors::position))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** Where the field stands in its form record, so messages come in the order the fields are shown. */
    private static int position(ConstraintViolation<?> v) {
        RecordComponent[] components = v.getRootBeanClass().getRecordComponents();
        String field = v.getPropertyPath().toString();
        for (int i = 0; components != null && i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        byField.forEach((field, message) -> entries.add(new Entry(field, message)));
        return entries;
    }

    public record Entry(String field, String message) {
    }
}
