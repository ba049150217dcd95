package org.mufakat.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mufakat.review.SourceRef;
import org.mufakat.review.VersionEntry;
import org.mufakat.security.Audience;

/**
 * The canonical plain text of a proposal version for one audience outside the network: the round's title, then the
 * recommendations numbered and grouped by theme, each with its addressee, in the audience's register; the sources of
 * each ("Proposed by: ID RF-1") only when the audience shows attribution, and never a source the audience does not
 * see. Lines end with a line feed; the same version and audience always give the same text, byte for byte.
 */
public final class SubmissionText {

    private SubmissionText() {
    }

    public static String render(String roundTitle, List<VersionEntry> entries, Audience audience) {
        if (audience.register() == Audience.Register.BOTH) {
            throw new IllegalArgumentException("A frozen text is in one register");
        }
        StringBuilder out = new StringBuilder();
        out.append(oneLine(roundTitle)).append("\n");
        String theme = null;
        for (VersionEntry e : entries) {
            if (!Objects.equals(theme, e.themeCode())) {
                theme = e.themeCode();
                out.append("\n").append(oneLine(e.themeTitle())).append("\n\n");
            }
            String text = audience.register() == Audience.Register.UNVARNISHED ? e.unvarnished() : e.text();
            out.append(e.number()).append(". To ").append(oneLine(e.addressee())).append(": ")
                    .append(normalise(text)).append("\n");
            if (audience.attribution()) {
                List<SourceRef> visible = audience.visible(e.sources());
                if (!visible.isEmpty()) {
                    out.append("   Proposed by: ")
                            .append(visible.stream().map(SourceRef::label).collect(Collectors.joining(", ")))
                            .append("\n");
                }
            }
        }
        return out.toString();
    }

    /** SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n").replace('\r', '\n');
    }
}
