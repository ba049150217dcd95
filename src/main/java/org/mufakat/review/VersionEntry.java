package org.mufakat.review;

import java.util.List;
import java.util.Objects;

import org.mufakat.harmonize.Recommendation;

/** One recommendation's content, as taken into a version or as it reads now. */
public record VersionEntry(long recommendationId, String themeCode, String themeTitle, String number,
        String addressee, String text, String unvarnishedText, List<SourceRef> sources) {

    static VersionEntry of(Recommendation r) {
        return new VersionEntry(r.id, r.theme.code, r.theme.title, r.number(), r.addressee, r.text,
                r.unvarnishedText, r.sources.stream().map(SourceRef::of).toList());
    }

    /** The text for created spaces: its own unvarnished text, or else the calibrated one. */
    public String unvarnished() {
        return unvarnishedText == null ? text : unvarnishedText;
    }

    public boolean hasOwnUnvarnishedText() {
        return unvarnishedText != null;
    }

    boolean sameTexts(VersionEntry other) {
        return text.equals(other.text) && unvarnished().equals(other.unvarnished())
                && addressee.equals(other.addressee);
    }

    boolean sameSources(VersionEntry other) {
        return sources.stream().map(SourceRef::statementId).toList()
                .equals(other.sources.stream().map(SourceRef::statementId).toList());
    }

    boolean samePlace(VersionEntry other) {
        return Objects.equals(number, other.number) && Objects.equals(themeCode, other.themeCode);
    }
}
