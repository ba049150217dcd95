package org.mufakat.input;

import org.mufakat.security.Action;

/**
 * What people do with national inputs; decided by {@link InputPolicy}. Which restricted statements, evidence and
 * attachments a reader sees is not an action: the reader's {@link org.mufakat.security.Audience} says.
 */
public enum InputAction implements Action {
    /** Read a constituency's national input (what the reader's audience sees of it). */
    VIEW_INPUT,
    /** Read the input's revisions, which hold restricted text: the convenor and the constituency's focal points. */
    VIEW_REVISIONS,
    /** Draft, change and submit a constituency's national input: its focal points. */
    EDIT_INPUT,
    /** Return a submitted input for revision: the convenor. */
    RETURN_INPUT
}
