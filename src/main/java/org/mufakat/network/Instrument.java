package org.mufakat.network;

/**
 * The international instruments on migrant workers whose ratification by each state the network tracks, in the
 * order pages show them. Only the 1990 UN convention has a signature date besides its ratification (or accession).
 */
public enum Instrument {
    /** The 1990 International Convention on the Protection of the Rights of All Migrant Workers and Members of Their
     * Families. */
    ICRMW,
    /** ILO Migration for Employment Convention (Revised), 1949 (No. 97). */
    C97,
    /** ILO Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143). */
    C143,
    /** ILO Domestic Workers Convention, 2011 (No. 189). */
    C189;

    public boolean isSigned() {
        return this == ICRMW;
    }

    public boolean isIlo() {
        return this != ICRMW;
    }
}
