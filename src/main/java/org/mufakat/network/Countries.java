package org.mufakat.network;

import java.util.List;

/**
 * The ASEAN member states, named as constituencies and the ratification table name them ({@code Constituency.country}
 * is plain text such as "Lao PDR" or "Viet Nam"). An allow-list for forms and filters that ask for a country.
 */
public final class Countries {

    /** Timor-Leste became the eleventh member in October 2025 (an observer in the 2015 ratification data). */
    public static final List<String> ASEAN = List.of("Brunei", "Cambodia", "Indonesia", "Lao PDR", "Malaysia",
            "Myanmar", "Philippines", "Singapore", "Thailand", "Timor-Leste", "Viet Nam");

    private Countries() {
    }

    /** The member state named exactly so, or null for anything else. */
    public static String asean(String name) {
        return name != null && ASEAN.contains(name) ? name : null;
    }
}
