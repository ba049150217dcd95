package org.mufakat.export;

import org.mufakat.security.Action;

/** What people do with a round's exports; decided by {@link ExportPolicy}. */
public enum ExportAction implements Action {
    /** Download the public edition (made to leave the network, nothing restricted): whoever reads the proposal. */
    EXPORT_PUBLIC,
    /** Download the internal edition, with what the reader's own Audience opens: the network's staff. */
    EXPORT_INTERNAL,
    /** Write the resource book's foreword: the convenor. */
    WRITE_FOREWORD
}
