package org.mufakat.input;

import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A line-by-line comparison of two revisions with the changed words marked. The generator escapes the texts before
 * adding its own {@code <del>} and {@code <ins>} tags, so rows can be shown as they are.
 */
public final class RevisionDiff {

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create().showInlineDiffs(true)
            .inlineDiffByWord(true).mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>").newTag(start -> start ? "<ins>" : "</ins>").build();

    private RevisionDiff() {
    }

    /** One line of the comparison: what it was (HTML) and what it became (HTML), and how it changed. */
    public record Row(String kind, io.quarkus.qute.RawString before, io.quarkus.qute.RawString after) {
        public boolean isChanged() {
            return !"EQUAL".equals(kind);
        }
    }

    public static List<Row> between(String before, String after) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(List.of(before.split("\n", -1)),
                List.of(after.split("\n", -1)));
        return rows.stream().map(r -> new Row(r.getTag().name(), new io.quarkus.qute.RawString(r.getOldLine()),
                new io.quarkus.qute.RawString(r.getNewLine()))).toList();
    }
}
