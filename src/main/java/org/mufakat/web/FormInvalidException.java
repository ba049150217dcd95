package org.mufakat.web;

/**
 * Thrown by a workflow when input breaks a rule that only the database can see (a code already taken, a stale
 * version). Pages re-render the form with these errors; the API answers 400 or 409 problem JSON.
 */
public class FormInvalidException extends RuntimeException {

    private final FormErrors errors;
    private final boolean conflict;

    public FormInvalidException(FormErrors errors) {
        this(errors, false);
    }

    private FormInvalidException(FormErrors errors, boolean conflict) {
        super(String.join("; ", errors.asMap().values()));
        this.errors = errors;
        this.conflict = conflict;
    }

    public static FormInvalidException field(String field, String message) {
        return new FormInvalidException(FormErrors.none().add(field, message));
    }

    /** Someone else saved the same object first (optimistic locking). */
    public static FormInvalidException conflict(String message) {
        return new FormInvalidException(FormErrors.none().add("version", message), true);
    }

    /** The object's state refuses the action now (a locked input, a move past the end): 409 with the reason. */
    public static FormInvalidException refused(String field, String message) {
        return new FormInvalidException(FormErrors.none().add(field, message), true);
    }

    public FormErrors errors() {
        return errors;
    }

    public boolean isConflict() {
        return conflict;
    }
}
