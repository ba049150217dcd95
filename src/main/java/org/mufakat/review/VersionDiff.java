package org.mufakat.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.quarkus.qute.RawString;

/**
 * What changed between two versions, recommendation by recommendation (matched by identity, not by number): added,
 * removed, changed (either register, the addressee or the sources) and moved (a new number or theme), with word-level
 * diffs of both registers. Unchanged recommendations are only counted. Sources the reader may not see are left out
 * before comparing, so a change to a restricted source is not even hinted at.
 */
public record VersionDiff(ProposalVersion from, ProposalVersion to, List<Change> changes, int unchanged) {

    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED
    }

    public record Change(Set<Kind> kinds, VersionEntry before, VersionEntry after, List<WordDiff.Row> textRows,
            RawString textInline, List<WordDiff.Row> unvarnishedRows, RawString unvarnishedInline,
            boolean addresseeChanged, List<SourceRef> sourcesAdded, List<SourceRef> sourcesRemoved) {

        public boolean has(String kind) {
            return kinds.contains(Kind.valueOf(kind));
        }

        /** The entry to name the change by: as it is now, or as it was when removed. */
        public VersionEntry entry() {
            return after != null ? after : before;
        }

        public boolean textChanged() {
            return before != null && after != null && !before.text().equals(after.text());
        }

        public boolean unvarnishedChanged() {
            return before != null && after != null && !before.unvarnished().equals(after.unvarnished());
        }

        public boolean sourcesChanged() {
            return !sourcesAdded.isEmpty() || !sourcesRemoved.isEmpty();
        }
    }

    public long count(String kind) {
        return changes.stream().filter(c -> c.has(kind)).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    static VersionDiff between(ProposalVersion from, ProposalVersion to, List<VersionEntry> before,
            List<VersionEntry> after, Predicate<SourceRef> visible) {
        Map<Long, VersionEntry> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.recommendationId(), visibleOnly(e, visible)));
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (VersionEntry taken : after) {
            VersionEntry now = visibleOnly(taken, visible);
            VersionEntry was = old.remove(now.recommendationId());
            if (was == null) {
                changes.add(new Change(EnumSet.of(Kind.ADDED), null, now, List.of(), null, List.of(), null, false,
                        now.sources(), List.of()));
                continue;
            }
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            if (!was.sameTexts(now) || !was.sameSources(now)) {
                kinds.add(Kind.CHANGED);
            }
            if (!was.samePlace(now)) {
                kinds.add(Kind.MOVED);
            }
            if (kinds.isEmpty()) {
                unchanged++;
                continue;
            }
            changes.add(new Change(kinds, was, now, WordDiff.sideBySide(was.text(), now.text()),
                    WordDiff.inline(was.text(), now.text()), WordDiff.sideBySide(was.unvarnished(), now.unvarnished()),
                    WordDiff.inline(was.unvarnished(), now.unvarnished()), !was.addressee().equals(now.addressee()),
                    missing(now.sources(), was.sources()), missing(was.sources(), now.sources())));
        }
        for (VersionEntry gone : old.values()) {
            changes.add(new Change(EnumSet.of(Kind.REMOVED), gone, null, List.of(), null, List.of(), null, false,
                    List.of(), gone.sources()));
        }
        return new VersionDiff(from, to, changes, unchanged);
    }

    private static VersionEntry visibleOnly(VersionEntry e, Predicate<SourceRef> visible) {
        return new VersionEntry(e.recommendationId(), e.themeCode(), e.themeTitle(), e.number(), e.addressee(),
                e.text(), e.unvarnishedText(), e.sources().stream().filter(visible).toList());
    }

    private static List<SourceRef> missing(List<SourceRef> in, List<SourceRef> from) {
        return in.stream().filter(s -> from.stream().noneMatch(f -> f.statementId() == s.statementId())).toList();
    }
}
