package org.mufakat.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * Add or edit a forum. The seat limit stays text until it is valid, so what was typed comes back with the error;
 * {@code version} is the one the editor saw, for optimistic locking.
 */
public record ForumForm(
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String name,
        @NotBlank(message = "{mufakat.required}") @Size(max = 40, message = "{mufakat.tooLong}") String acronym,
        @NotNull(message = "{mufakat.choose}") ForumSpace space,
        @Size(max = 200, message = "{mufakat.tooLong}") String convenedBy,
        @Size(max = 100, message = "{mufakat.tooLong}") String frequency,
        @NotNull(message = "{mufakat.choose}") CivilSocietyEntry entry,
        @Pattern(regexp = "\\d{1,6}", message = "{mufakat.forum.seatLimit}") String seatLimit,
        @Size(max = 4000, message = "{mufakat.tooLong}") String notes,
        Long version) {

    public static ForumForm from(FormData f) {
        return new ForumForm(f.text("name"), f.text("acronym"), option(ForumSpace.class, f.text("space")),
                f.text("convenedBy"), f.text("frequency"), option(CivilSocietyEntry.class, f.text("entry")),
                f.text("seatLimit"), f.text("notes"), f.number("version"));
    }

    public static ForumForm of(Forum forum) {
        return new ForumForm(forum.name, forum.acronym, forum.space, forum.convenedBy, forum.frequency, forum.entry,
                forum.seatLimit == null ? null : forum.seatLimit.toString(), forum.notes, forum.version);
    }

    public static ForumForm empty() {
        return new ForumForm(null, null, null, null, null, null, null, null, null);
    }

    /** The same text, to be saved over the given version (after a conflict). */
    public ForumForm withVersion(long current) {
        return new ForumForm(name, acronym, space, convenedBy, frequency, entry, seatLimit, notes, current);
    }

    /** Only once valid. */
    Integer seatLimitValue() {
        return seatLimit == null ? null : Integer.valueOf(seatLimit);
    }

    /** The constant of an enum with this name; anything else (a forged or mistyped value) is null. */
    static <E extends Enum<E>> E option(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
