package org.mufakat.round;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mufakat.forum.ForumSession;
import org.mufakat.network.Constituency;
import org.mufakat.web.FormErrors;
import org.mufakat.web.Texts;

/**
 * A round form read into what it means: parsed themes, addressees, constituencies, dates and review stages, with an
 * error for each field that does not make sense.
 */
final class RoundSetup {

    static final List<String> DEFAULT_ADDRESSEES = List.of("Government of " + RoundAddressee.CONSTITUENCY_MARKER,
            "ASEAN", "ASEAN Committee on Migrant Workers (ACMW)", "Senior Labour Officials Meeting (SLOM)",
            "Employers' organisations");
    private static final Pattern THEME = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]{0,19})\\s*:\\s*(\\S.{0,199})");

    final Map<String, String> themes = new LinkedHashMap<>();
    final List<String> addressees = new ArrayList<>();
    final List<Constituency> constituencies = new ArrayList<>();
    final Set<RoundStatus> reviewStages = EnumSet.noneOf(RoundStatus.class);
    ForumSession forumSession;
    LocalDate inputDeadline;
    LocalDate endorsementDeadline;

    static RoundSetup read(RoundForm form, FormErrors errors, Texts texts) {
        RoundSetup s = new RoundSetup();
        int line = 0;
        for (String raw : lines(form.themes())) {
            line++;
            Matcher m = THEME.matcher(raw);
            if (!m.matches()) {
                errors.add("themes", texts.get("mufakat.round.themeLine", line, raw));
            } else if (s.themes.putIfAbsent(m.group(1).toUpperCase(), m.group(2).strip()) != null) {
                errors.add("themes", texts.get("mufakat.round.themeTwice", m.group(1).toUpperCase()));
            }
        }
        for (String a : new LinkedHashSet<>(lines(form.addressees()))) {
            if (a.length() > 200) {
                errors.add("addressees", texts.get("mufakat.round.addresseeTooLong", a.substring(0, 40)));
            }
            s.addressees.add(a);
        }
        for (String code : form.constituencyCodes() == null ? List.<String>of() : form.constituencyCodes()) {
            Constituency c = Constituency.findByCode(code);
            if (c == null) {
                errors.add("constituencyCodes", texts.get("mufakat.round.unknownConstituency", code));
            } else if (!s.constituencies.contains(c)) {
                s.constituencies.add(c);
            }
        }
        if (s.constituencies.isEmpty()) {
            errors.add("constituencyCodes", texts.get("mufakat.round.constituenciesRequired"));
        }
        for (String stage : form.reviewStages() == null ? List.<String>of() : form.reviewStages()) {
            try {
                RoundStatus status = RoundStatus.valueOf(stage);
                if (status.isReviewStage()) {
                    s.reviewStages.add(status);
                }
            } catch (IllegalArgumentException ignored) {
                // not a stage a round can choose; left out
            }
        }
        if (s.reviewStages.isEmpty()) {
            errors.add("reviewStages", texts.get("mufakat.round.reviewStageRequired"));
        }
        if (form.forumSessionId() != null) {
            s.forumSession = ForumSession.findById(form.forumSessionId());
            if (s.forumSession == null) {
                errors.add("forumSessionId", texts.get("mufakat.choose"));
            }
        }
        s.inputDeadline = date(form.inputDeadline(), "inputDeadline", errors, texts);
        s.endorsementDeadline = date(form.endorsementDeadline(), "endorsementDeadline", errors, texts);
        if (s.inputDeadline != null && s.endorsementDeadline != null
                && !s.endorsementDeadline.isAfter(s.inputDeadline)) {
            errors.add("endorsementDeadline", texts.get("mufakat.round.endorsementAfterInput"));
        }
        return s;
    }

    static LocalDate date(String text, String field, FormErrors errors, Texts texts) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, texts.get("mufakat.date"));
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Writes the set-up into the round: themes kept by code, addressees replaced, participants added or dropped. */
    void applyTo(Round round, RoundForm form) {
        round.title = form.title();
        round.purpose = form.purpose();
        round.forumSession = forumSession;
        round.inputDeadline = inputDeadline;
        round.endorsementDeadline = endorsementDeadline;
        round.setReviewStages(reviewStages);
        round.themes.removeIf(t -> !themes.containsKey(t.code));
        round.addressees.clear();
        round.participants.removeIf(p -> !constituencies.contains(p.constituency));
        int position = 0;
        for (Map.Entry<String, String> t : themes.entrySet()) {
            RoundTheme theme = round.theme(t.getKey()).orElseGet(() -> {
                RoundTheme added = new RoundTheme();
                added.round = round;
                added.code = t.getKey();
                round.themes.add(added);
                return added;
            });
            theme.position = position++;
            theme.title = t.getValue();
        }
        round.themes.sort(java.util.Comparator.comparingInt(t -> t.position));
        position = 0;
        for (String name : addressees) {
            RoundAddressee a = new RoundAddressee();
            a.round = round;
            a.position = position++;
            a.name = name;
            round.addressees.add(a);
        }
        for (Constituency c : constituencies) {
            if (!round.includes(c)) {
                RoundParticipant p = new RoundParticipant();
                p.round = round;
                p.constituency = c;
                round.participants.add(p);
            }
        }
    }
}
