package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Issue 13: one way to write days and times, the reader's, in the network's time zone. */
class DaysTest {

    static final Instant MOMENT = Instant.parse("2026-12-10T03:20:00Z");
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Test
    void daysAreWrittenTheReadersWay() {
        LocalDate day = LocalDate.of(2026, 12, 10);
        assertEquals("10 Dec 2026", Days.written(day, Locale.ENGLISH));
        assertEquals("10 Des 2026", Days.written(day, Languages.locale("id")));
        assertEquals("10 ธ.ค. 2026", Days.written(day, Languages.locale("th")));
        assertEquals("10 thg 12, 2026", Days.written(day, Languages.locale("vi")));
    }

    @Test
    void timesAreInTheNetworksZoneNotUtc() {
        assertEquals("10 Dec 2026, 10:20 ICT", Days.when(MOMENT, BANGKOK, Locale.ENGLISH));
        assertEquals("10 Dec 2026, 10:20 WIB", Days.when(MOMENT, ZoneId.of("Asia/Jakarta"), Locale.ENGLISH));
    }
}
