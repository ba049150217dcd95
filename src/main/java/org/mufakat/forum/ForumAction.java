package org.mufakat.forum;

import org.mufakat.security.Action;

/** What people do with forums; decided by {@link ForumPolicy}. */
public enum ForumAction implements Action {
    /** Add and edit forums and their sessions. */
    MANAGE_FORUMS
}
