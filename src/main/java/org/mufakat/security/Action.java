package org.mufakat.security;

/**
 * Something a user may try to do to an object. Each feature names its own actions in an enum that implements this
 * interface and decides them in its {@link Policy}; security itself names none.
 */
public interface Action {

    /** The action's name, as the audit trail records a refusal. */
    String name();
}
