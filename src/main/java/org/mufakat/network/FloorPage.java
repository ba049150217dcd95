package org.mufakat.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The floor for benchmarks (bench/run.sh): what the framework serves with one query and a tiny template, in the shape
 * of TechEmpower's "Fortunes" (read every row of a small table, add one in memory, sort, render). Every other page is
 * measured as a share of it. Signed in like every page, so the session costs the same. Off unless
 * {@code mufakat.bench.floor} is true: without it the page is not there (404).
 */
@Path("/bench/floor")
@Authenticated
public class FloorPage {

    @ConfigProperty(name = "mufakat.bench.floor", defaultValue = "false")
    boolean enabled;

    /** A row of the floor page. */
    public record Row(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance floor(List<Row> rows);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance floor() {
        if (!enabled) {
            throw new NotFoundException();
        }
        List<Row> rows = new ArrayList<>(Constituency.<Constituency>findAll().stream()
                .map(c -> new Row(c.code, c.name)).toList());
        rows.add(new Row("-", "Added at request time"));
        rows.sort(Comparator.comparing(Row::name));
        return Templates.floor(rows);
    }
}
