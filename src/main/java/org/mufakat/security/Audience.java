package org.mufakat.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What one reader may see, computed once per request (or once per export) and handed to every view, JSON, CSV,
 * export and public page: whose restricted statements, evidence and attachments they may open, whether attribution
 * (which constituency proposed what) is shown, and which register of the proposal they read. No feature decides
 * "restricted" by itself: it asks its audience, and leaves out what the audience may not see without a trace (no
 * count, number or total that would reveal it).
 *
 * <p>Inside the network the convenor opens every constituency's restricted content and a focal point their own
 * constituency's; everyone signed in sees attribution and both registers. Outside the network (exports, public
 * pages) nothing restricted is shown, and attribution and register are the round's and the submission's choice.
 *
 * @param everyConstituency restricted content of every constituency is open (the convenor)
 * @param constituencies the constituencies whose restricted content is open, when not every one
 */
public record Audience(boolean everyConstituency, Set<Long> constituencies, boolean attribution, Register register) {

    /** The register of the proposal a reader gets. */
    public enum Register {
        /** Inside the network: the calibrated text with the unvarnished one beside it. */
        BOTH,
        /** The softer text for sanctioned (official) forums. */
        CALIBRATED,
        /** The members' own words, for created spaces. */
        UNVARNISHED
    }

    public Audience {
        constituencies = Set.copyOf(constituencies);
    }

    /** Nobody in particular: no restricted content. */
    public static final Audience NOBODY = new Audience(false, Set.of(), false, Register.CALIBRATED);

    /** A signed-in reader of the network. */
    public static Audience of(Actor actor) {
        return new Audience(actor.isConvenor(), actor.focalPointConstituencies(), true, Register.BOTH);
    }

    /** A reader outside the network (an export, a public page): nothing restricted, as the round and forum chose. */
    public static Audience outside(boolean attribution, Register register) {
        return new Audience(false, Set.of(), attribution, register);
    }

    /** Whether restricted content and evidence of this constituency are open to this reader. */
    public boolean opens(Long constituencyId) {
        return everyConstituency || constituencyId != null && constituencies.contains(constituencyId);
    }

    /** Whether this reader sees the item at all. */
    public boolean sees(Confidential item) {
        return !item.restricted() || opens(item.scopeConstituencyId());
    }

    /** The items this reader sees, in their order. */
    public <T extends Confidential> List<T> visible(Collection<T> items) {
        return items.stream().filter(this::sees).toList();
    }
}
