package org.mufakat.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/** Today in the network's time zone ({@code mufakat.zone}), the day deadlines are counted in. */
@ApplicationScoped
public class Calendar {

    @ConfigProperty(name = "mufakat.zone", defaultValue = "Asia/Bangkok")
    ZoneId zone;

    /** The zone as this application was configured, once it has started; read for every time a page writes. */
    private static volatile ZoneId configured;

    void started(@Observes StartupEvent start) {
        configured = zone;
    }

    /** The network's time zone, for code that is not a bean (template extensions). */
    public static ZoneId zone() {
        ZoneId known = configured;
        return known != null ? known : ConfigProvider.getConfig().getValue("mufakat.zone", ZoneId.class);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The day an instant falls on in the network's time zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The instant a day begins in the network's time zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
