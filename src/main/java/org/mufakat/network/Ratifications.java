package org.mufakat.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.web.Texts;

/**
 * The ratifications of the state(s) a country stands for, as constituency pages and the preamble of a national input
 * show them: the rows of each state and one sentence, in the reader's language, that a focal point can copy ("Indonesia
 * ratified the 1990 Convention on 31 May 2012; it has not ratified ILO C97, C143 or C189.").
 */
@ApplicationScoped
public class Ratifications {

    @Inject
    Texts texts;

    /** One state's rows in the instruments' order, and the sentence that says them. */
    public record StateRatifications(String state, List<Ratification> rows, String sentence) {
    }

    /** The states whose name matches the country ("Malaysia" and "Malaysia (Sabah)"), in table order. */
    public List<StateRatifications> forCountry(String country) {
        Map<String, List<Ratification>> byState = new LinkedHashMap<>();
        for (Ratification r : Ratification.forCountry(country)) {
            byState.computeIfAbsent(r.state, s -> new ArrayList<>()).add(r);
        }
        List<StateRatifications> states = new ArrayList<>();
        byState.forEach((state, rows) -> states.add(new StateRatifications(state, rows, sentence(state, rows))));
        return states;
    }

    /**
     * What the rows say, as one sentence: what was ratified and when, a signature without ratification, and what was
     * not ratified ("ILO C97, C143 or C189").
     */
    String sentence(String state, List<Ratification> rows) {
        List<String> ratified = new ArrayList<>();
        String signed = null;
        boolean conventionMissing = false;
        List<String> iloMissing = new ArrayList<>();
        for (Ratification r : rows) {
            if (r.isRatified()) {
                ratified.add(texts.get("mufakat.ratification.on", name(r.instrument), r.ratifiedOn));
            } else if (r.isSignedOnly()) {
                signed = texts.get("mufakat.ratification.signedOnly", r.signedOn);
            } else if (r.instrument.isIlo()) {
                iloMissing.add(r.instrument.name());
            } else {
                conventionMissing = true;
            }
        }
        List<String> clauses = new ArrayList<>();
        if (!ratified.isEmpty()) {
            clauses.add(texts.get("mufakat.ratification.ratified", join(ratified, "mufakat.ratification.and")));
        }
        if (signed != null) {
            clauses.add(signed);
        }
        String ilo = iloMissing.isEmpty() ? null
                : texts.get("mufakat.ratification.ilo", join(iloMissing, "mufakat.ratification.or"));
        if (conventionMissing && ilo != null) {
            clauses.add(texts.get("mufakat.ratification.neither", name(Instrument.ICRMW), ilo));
        } else if (conventionMissing || ilo != null) {
            clauses.add(texts.get("mufakat.ratification.notRatified",
                    conventionMissing ? name(Instrument.ICRMW) : ilo));
        }
        StringBuilder sb = new StringBuilder(state);
        for (int i = 0; i < clauses.size(); i++) {
            sb.append(i == 0 ? " " + clauses.get(0) : texts.get("mufakat.ratification.then", clauses.get(i), state));
        }
        return sb.append('.').toString();
    }

    private String name(Instrument instrument) {
        return texts.get("mufakat.ratification.name." + instrument.name());
    }

    /** "a, b and c" in the reader's language. */
    private String join(List<String> items, String lastKey) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + texts.get(lastKey) + " "
                + items.get(items.size() - 1);
    }
}
