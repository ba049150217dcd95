package org.mufakat.input;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mufakat.network.Constituency;
import org.mufakat.network.Ratifications;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;

/**
 * What one person may see of a national input: statements grouped by theme (restricted ones already left out for
 * those not allowed to see them) and what they may do with it; for those who edit it, the ratifications of the
 * constituency's country, offered beside the preamble.
 */
public record InputView(Round round, Constituency constituency, NationalInput input, List<ThemeGroup> themes,
        List<Attachment> attachments, List<String> addressees, boolean canEdit, boolean canSeeRestricted,
        boolean canReturn, boolean acceptsInputs, List<Ratifications.StateRatifications> ratifications,
        ThemeGroup shown) {

    /**
     * A theme and its statements as this person may see them, with their number. In the editor's view
     * ({@link InputWorkflow#editor}) only the theme shown carries its statements; the others only their number.
     */
    public record ThemeGroup(RoundTheme theme, List<Statement> statements, int count) {

        public ThemeGroup(RoundTheme theme, List<Statement> statements) {
            this(theme, statements, statements.size());
        }
    }

    /**
     * The theme whose statements the editor shows: the one asked for by code or id, else the first theme with
     * statements, else the first theme; null for a round without themes. An unknown value is no error.
     */
    static ThemeGroup choose(List<ThemeGroup> groups, String wanted) {
        if (wanted != null) {
            for (ThemeGroup g : groups) {
                if (g.theme().code.equalsIgnoreCase(wanted) || g.theme().id.toString().equals(wanted)) {
                    return g;
                }
            }
        }
        return groups.stream().filter(g -> g.count() > 0).findFirst()
                .orElse(groups.isEmpty() ? null : groups.get(0));
    }

    /** The day the input is due: the constituency's extension, or the round's deadline. */
    public java.time.LocalDate deadline() {
        return round.participant(constituency.id).map(p -> p.deadline()).orElse(round.inputDeadline);
    }

    public String base() {
        return "/rounds/" + round.id + "/inputs/" + constituency.code;
    }

    /** The editor's address, at the theme it shows: where links and redirects lead back to. */
    public String page() {
        return at("");
    }

    /** An address under the editor's ({@code at("/submit")}) that carries the theme shown, to come back to it. */
    public String at(String path) {
        return withTheme(base() + path, shown == null ? null : shown.theme().code);
    }

    /** The address with {@code ?theme=} when a theme is given (blank or null: none), for links and redirects. */
    static String withTheme(String address, String theme) {
        return theme == null || theme.isBlank() ? address
                : address + "?theme=" + URLEncoder.encode(theme, StandardCharsets.UTF_8);
    }

    public int statementCount() {
        return themes.stream().mapToInt(ThemeGroup::count).sum();
    }

    public boolean isEmpty() {
        return statementCount() == 0;
    }

    public List<RoundTheme> allThemes() {
        return round.themes;
    }

    /** The convenor may return what was submitted (or a nil return) while the round collects inputs. */
    public boolean canReturnNow() {
        return canReturn && acceptsInputs && input.isLocked();
    }
}
