package org.mufakat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Word diffs and the comparison of two versions' entries, without a database. */
class VersionDiffTest {

    static VersionEntry entry(long id, String number, String text, String unvarnished, SourceRef... sources) {
        return new VersionEntry(id, number.substring(0, 2), "Theme", number, "ASEAN", text, unvarnished,
                List.of(sources));
    }

    static ProposalVersion version(int number) {
        ProposalVersion v = new ProposalVersion();
        v.number = number;
        return v;
    }

    @Test
    void wordsAreMarkedAndUserTextIsEscaped() {
        assertEquals("Stop <del>the</del><ins>all</ins> detention &amp; caning &lt;b&gt;now&lt;/b&gt;",
                WordDiff.inline("Stop the detention & caning <b>now</b>", "Stop all detention & caning <b>now</b>")
                        .getValue());
        List<WordDiff.Row> rows = WordDiff.sideBySide("one\ntwo", "one\ntwo words");
        assertFalse(rows.get(0).changed());
        assertTrue(rows.get(1).changed());
        assertEquals("two<ins> words</ins>", rows.get(1).after().getValue());
        assertEquals("&quot;x&quot; &#39;y&#39;", WordDiff.inline("\"x\" 'y'", "\"x\" 'y'").getValue());
        assertEquals("ab", WordDiff.inline("a\u0001b", "a\u0001b").getValue(), "control characters cannot pass as marks");
    }

    @Test
    void everyRecommendationIsAddedRemovedChangedMovedOrCounted() {
        SourceRef open = new SourceRef(1, 10, "PH", "RF-1", false);
        SourceRef secret = new SourceRef(2, 11, "ID", "AJ-1", true);
        List<VersionEntry> before = List.of(entry(1, "RF.1", "Abolish fees.", null, open),
                entry(2, "DW.1", "A rest day.", null), entry(3, "AJ.1", "Legal aid.", null, secret),
                entry(4, "SP.1", "Health care.", "Health care for all, now."));
        List<VersionEntry> after = List.of(entry(1, "RF.1", "Abolish all fees.", null, open),
                entry(2, "DW.2", "A rest day.", null), entry(3, "AJ.1", "Legal aid.", null),
                entry(5, "DI.1", "Contracts.", null), entry(4, "SP.1", "Health care.", "Health care for all."));
        VersionDiff diff = VersionDiff.between(version(1), version(2), before, after, s -> !s.restricted());
        assertEquals(1, diff.unchanged(), "AJ.1 lost only a restricted source, which this reader cannot see");
        assertEquals(EnumSet.of(VersionDiff.Kind.CHANGED), diff.changes().get(0).kinds());
        assertTrue(diff.changes().get(0).textChanged());
        assertEquals(EnumSet.of(VersionDiff.Kind.MOVED), diff.changes().get(1).kinds());
        assertEquals(EnumSet.of(VersionDiff.Kind.ADDED), diff.changes().get(2).kinds());
        VersionDiff.Change sp = diff.changes().get(3);
        assertTrue(sp.unvarnishedChanged() && !sp.textChanged(), "the unvarnished register is compared too");
        assertEquals("Health care for all<del>, now</del>.", sp.unvarnishedInline().getValue());
        assertEquals(1, diff.count("ADDED"));
        assertEquals(0, diff.count("REMOVED"));

        VersionDiff all = VersionDiff.between(version(1), version(2), before, after, s -> true);
        assertEquals(0, all.unchanged());
        assertEquals(List.of(secret), all.changes().stream().filter(c -> c.entry().recommendationId() == 3)
                .findFirst().orElseThrow().sourcesRemoved());
        VersionDiff back = VersionDiff.between(version(2), version(1), after, before, s -> true);
        assertEquals(EnumSet.of(VersionDiff.Kind.REMOVED), back.changes().get(back.changes().size() - 1).kinds());
    }
}
