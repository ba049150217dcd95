package org.mufakat.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The V13 migration seeds the ratification table with the facts of {@code data/ilo-ratifications-2015-03.csv}: the
 * same states, and for each instrument the same day of ratification (and, for the 1990 convention, of signature), no
 * more and no less. Tests that change a cell put it back.
 */
@QuarkusTest
class RatificationSeedTest {

    @Test
    void theTableHoldsTheFactsOfTheCsv() throws Exception {
        List<String> expected = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/data/ilo-ratifications-2015-03.csv"), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            assertEquals(List.of("state", "c97_migration_for_employment", "c143_migrant_workers_supplementary",
                    "icrmw_1990_ratification_or_accession", "icrmw_1990_signature", "c189_domestic_workers"),
                    List.of(header));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                expected.add(fact(f[0], Instrument.ICRMW, f[3], f[4]));
                expected.add(fact(f[0], Instrument.C97, f[1], ""));
                expected.add(fact(f[0], Instrument.C143, f[2], ""));
                expected.add(fact(f[0], Instrument.C189, f[5], ""));
            }
        }
        List<String> actual = QuarkusTransaction.requiringNew().call(() -> Ratification.matrix().stream()
                .map(r -> fact(r.state, r.instrument, text(r.ratifiedOn), text(r.signedOn))).toList());
        assertEquals(48, expected.size(), "12 states and 4 instruments");
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        Ratification indonesia = QuarkusTransaction.requiringNew().call(() -> Ratification
                .<Ratification>find("state = ?1 and instrument = ?2", "Indonesia", Instrument.ICRMW).firstResult());
        assertNotNull(indonesia);
        assertEquals(LocalDate.of(2012, 5, 31), indonesia.ratifiedOn);
    }

    private static String fact(String state, Instrument instrument, String ratified, String signed) {
        return state + " | " + instrument + " | ratified " + ratified + " | signed " + signed;
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
