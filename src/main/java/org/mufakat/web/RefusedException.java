package org.mufakat.web;

import java.util.List;

/**
 * A move refused by a guard, with the reasons a person can act on. Pages show the reasons; the API answers 409
 * problem JSON listing them.
 */
public class RefusedException extends RuntimeException {

    private final List<String> reasons;

    public RefusedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
