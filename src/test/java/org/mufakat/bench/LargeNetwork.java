package org.mufakat.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mufakat.export.ArchiveJson;
import org.mufakat.export.ArchiveJson.Archive;
import org.mufakat.export.ArchiveJson.CommentPart;
import org.mufakat.export.ArchiveJson.DispositionPart;
import org.mufakat.export.ArchiveJson.EventPart;
import org.mufakat.export.ArchiveJson.InputPart;
import org.mufakat.export.ArchiveJson.ItemPart;
import org.mufakat.export.ArchiveJson.ParticipantPart;
import org.mufakat.export.ArchiveJson.PositionPart;
import org.mufakat.export.ArchiveJson.RecommendationPart;
import org.mufakat.export.ArchiveJson.RoundPart;
import org.mufakat.export.ArchiveJson.SessionRef;
import org.mufakat.export.ArchiveJson.SourcePart;
import org.mufakat.export.ArchiveJson.StatementPart;
import org.mufakat.export.ArchiveJson.SubmissionPart;
import org.mufakat.export.ArchiveJson.ThemePart;
import org.mufakat.export.ArchiveJson.UptakePart;
import org.mufakat.export.ArchiveJson.VersionPart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes a large network as round archives (schema {@code mufakat-round/1}) that {@code bench/run.sh} imports through
 * {@code POST /api/v1/rounds/import}, into H2 or PostgreSQL alike: 20 constituencies (the demo's nine and eleven
 * more), each round with 150 statements per constituency in 10 themes and 300 recommendations with their sources and
 * fates. The current year has a round collecting inputs (every input drafting) and one in endorsement with three
 * proposal versions, positions and comment threads; the nine years before each have a closed round with two
 * submissions, their tracking events and the uptake of every recommendation. Not a test: it runs only with
 * {@code -Dbench=true}; {@code -Dbench.out} names the folder (target/bench/archives), {@code -Dbench.years} the
 * number of years (10).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
public class LargeNetwork {

    /**
     * How big a network is: {@code constituencies} of the list below (their codes after {@code prefix}, so a test
     * can import several networks side by side), {@code perTheme} statements per theme in each input, and twice as
     * many recommendations per theme, so that each statement goes into one of them.
     */
    public record Shape(String prefix, int constituencies, int perTheme) {
        String code(int c) {
            return prefix + CONSTITUENCIES[c][0];
        }

        int recommendationsPerTheme() {
            return 2 * perTheme;
        }
    }

    static final String[][] CONSTITUENCIES = { { "KH", "Cambodia", "Cambodia" }, { "ID", "Indonesia", "Indonesia" },
            { "LA", "Lao PDR", "Lao PDR" }, { "MY", "Malaysia", "Malaysia" }, { "PH", "Philippines", "Philippines" },
            { "SG", "Singapore", "Singapore" }, { "TH", "Thailand", "Thailand" }, { "VN", "Viet Nam", "Viet Nam" },
            { "MM-TH", "Burmese migrants in Thailand", "Thailand" }, { "BN", "Brunei Darussalam", "Brunei Darussalam" },
            { "MM", "Myanmar", "Myanmar" }, { "TL", "Timor-Leste", "Timor-Leste" },
            { "BD", "Bangladesh", "Bangladesh" }, { "NP", "Nepal", "Nepal" }, { "LK", "Sri Lanka", "Sri Lanka" },
            { "HK", "Hong Kong", "China" }, { "TW", "Taiwan", "Taiwan" }, { "KR", "Republic of Korea", "Korea" },
            { "JP", "Japan", "Japan" }, { "IN", "India", "India" } };
    static final String[] THEMES = { "RF", "DW", "UM", "AJ", "SP", "RR", "OW", "DI", "HE", "GE" };
    static final String[] THEME_TITLES = { "Recruitment fees", "Domestic work", "Undocumented migrants",
        "Access to justice", "Social protection", "Return and reintegration", "Organising and wages",
        "Identity documents", "Health", "Gender equality" };
    static final String[] ADDRESSEES = { "ASEAN", "the Governments of sending countries",
        "the Governments of receiving countries", "employers and recruitment agencies" };
    /** The bench's network: 20 constituencies, 15 statements per theme each, 30 recommendations per theme. */
    static final Shape LARGE = new Shape("", 20, 15);
    static final String TEXT = "Ensure that migrant workers in this sector are covered by labour law, with a weekly"
            + " day of rest, limits on working hours, a minimum wage and the right to keep their own passport, and"
            + " that complaints are heard in a language they understand (point %d of %s).";

    @Test
    void write() throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench/archives"));
        int years = Integer.getInteger("bench.years", 10);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        int last = 2026;
        for (int year = last - years + 1; year < last; year++) {
            json.writeValue(out.resolve(year + "-closed.json").toFile(), round(LARGE, year, "CLOSED"));
        }
        json.writeValue(out.resolve(last + "-endorsement.json").toFile(), round(LARGE, last, "ENDORSEMENT"));
        json.writeValue(out.resolve(last + "-collecting.json").toFile(), round(LARGE, last, "COLLECTING"));
        System.out.println("BENCH archives written to " + out.toAbsolutePath());
    }

    /** A round of the given shape, year and status (COLLECTING, ENDORSEMENT or CLOSED). */
    public static Archive round(Shape shape, int year, String status) throws Exception {
        boolean collecting = status.equals("COLLECTING");
        boolean closed = status.equals("CLOSED");
        Instant start = LocalDate.of(year, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String title = shape.prefix() + "Large network " + year
                + (collecting ? ": national consultations" : ": the proposal");
        SessionRef session = new SessionRef("ASEAN Forum on Migrant Labour", "AFML", "SANCTIONED",
                shape.prefix() + "Large network AFML " + year, LocalDate.of(year, 10, 20), LocalDate.of(year, 10, 21),
                "Manila", null);
        List<ThemePart> themes = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            themes.add(new ThemePart(THEMES[t], THEME_TITLES[t]));
        }
        List<ParticipantPart> participants = new ArrayList<>();
        for (int c = 0; c < shape.constituencies(); c++) {
            participants.add(new ParticipantPart(shape.code(c), CONSTITUENCIES[c][1], CONSTITUENCIES[c][2], null,
                    null));
        }
        RoundPart round = new RoundPart(title, "A round of a large network, for benchmarks.", status,
                collecting ? List.of() : List.of("MEMBER_REVIEW", "CALIBRATION", "ENDORSEMENT"),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 1), false, session, themes, List.of(ADDRESSEES),
                participants, start, "secretariat");
        List<InputPart> inputs = new ArrayList<>();
        for (int c = 0; c < shape.constituencies(); c++) {
            inputs.add(input(shape, c, collecting, start));
        }
        if (collecting) {
            return archive(round, inputs, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<RecommendationPart> recommendations = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            for (int k = 1; k <= shape.recommendationsPerTheme(); k++) {
                recommendations.add(new RecommendationPart(THEMES[t] + "." + k, THEMES[t],
                        (t * shape.recommendationsPerTheme()) + k, ADDRESSEES[k % ADDRESSEES.length],
                        String.format(TEXT, k, THEME_TITLES[t].toLowerCase()), null, sources(shape, t, k), start,
                        "convenor", null, null));
            }
        }
        List<VersionPart> versions = new ArrayList<>();
        String[] stages = { "MEMBER_REVIEW", "CALIBRATION", "ENDORSEMENT" };
        for (int v = 1; v <= stages.length; v++) {
            List<ItemPart> items = new ArrayList<>();
            for (RecommendationPart r : recommendations) {
                String text = v > 1 && r.position() % 5 == 0 ? r.text() + " Review it every two years." : r.text();
                items.add(new ItemPart(r.position(), r.number(), r.theme(), THEME_TITLES[(r.position() - 1)
                        / shape.recommendationsPerTheme()], r.number(), r.addressee(), text, null, r.sources()));
            }
            versions.add(new VersionPart(v, "Version " + v, stages[v - 1], false, items.size(), sha256("v" + v),
                    start.plusSeconds(86_400L * 100 * v / 3), "convenor", items));
        }
        List<PositionPart> positions = new ArrayList<>();
        List<CommentPart> comments = new ArrayList<>();
        for (int c = 0; c < shape.constituencies(); c++) {
            String code = shape.code(c);
            positions.add(new PositionPart(null, code, null, "ENDORSE", null, "focal." + code.toLowerCase(),
                    start.plusSeconds(200L * 86_400)));
            for (RecommendationPart r : recommendations) {
                int k = r.position() + c;
                if (k % 10 == 0) {
                    String stance = k % 70 == 0 ? "OBJECT" : k % 30 == 0 ? "STAND_ASIDE" : "RESERVATION";
                    positions.add(new PositionPart(r.number(), code, null, stance,
                            "We can accept this only with a transition period for small employers.",
                            "focal." + code.toLowerCase(), start.plusSeconds(201L * 86_400)));
                }
            }
        }
        int ref = 0;
        for (RecommendationPart r : recommendations) {
            if (r.position() % 3 != 0) {
                continue;
            }
            int first = ++ref;
            Instant at = start.plusSeconds(150L * 86_400 + r.position() * 60L);
            comments.add(new CommentPart(first, null, r.number(), "a weekly day of rest",
                    "Should this name the ILO convention on domestic work?", "Focal point, Indonesia", at,
                    closed ? at.plusSeconds(7200) : null, closed ? "convenor" : null));
            comments.add(new CommentPart(++ref, first, r.number(), null, "Yes, C189, and C190 on violence.",
                    "Focal point, Philippines", at.plusSeconds(600), null, null));
            comments.add(new CommentPart(++ref, first, r.number(), null, "Agreed; the convenor will add both.",
                    "Convenor (Singapore)", at.plusSeconds(1200), null, null));
        }
        List<SubmissionPart> submissions = closed ? List.of(submission(shape, year, 1, session,
                recommendations), submission(shape, year, 2, session, recommendations)) : List.of();
        return archive(round, inputs, recommendations, versions, positions, comments, submissions);
    }

    static Archive archive(RoundPart round, List<InputPart> inputs, List<RecommendationPart> recommendations,
            List<VersionPart> versions, List<PositionPart> positions, List<CommentPart> comments,
            List<SubmissionPart> submissions) {
        return new Archive(ArchiveJson.SCHEMA, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                Instant.now(), new ArchiveJson.Reader(true, "BOTH", true), round, inputs, recommendations, versions,
                positions, comments, null, submissions);
    }

    /** Constituency {@code c}'s input: 15 statements in each theme, the last of the first theme restricted. */
    static InputPart input(Shape shape, int c, boolean drafting, Instant start) {
        String code = shape.code(c);
        List<StatementPart> statements = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            for (int j = 1; j <= shape.perTheme(); j++) {
                boolean restricted = t == 0 && j == shape.perTheme();
                String number = THEMES[t] + (restricted ? "-R1" : "-" + j);
                DispositionPart fate = drafting ? null : new DispositionPart(j % 7 == 0 ? "INCORPORATED" : "MERGED",
                        "Merged with what other constituencies asked on the same point.",
                        THEMES[t] + "." + recommendation(c, j), false, start.plusSeconds(120L * 86_400), "convenor");
                statements.add(new StatementPart(number, THEMES[t], j, ADDRESSEES[j % ADDRESSEES.length],
                        String.format(TEXT, j, CONSTITUENCIES[c][1]), j % 4 == 0 ? "Heard from 12 workers." : null,
                        restricted, start.plusSeconds(30L * 86_400 + j * 60L), "focal." + code.toLowerCase(), fate));
            }
        }
        Instant submitted = drafting ? null : start.plusSeconds(90L * 86_400);
        return new InputPart(code, drafting ? "DRAFTING" : "SUBMITTED", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), "The capital", "The network's members in " + CONSTITUENCIES[c][1], 60, 30,
                28, 2, "Unions, NGOs, returnees' associations", null, start.plusSeconds(20L * 86_400), submitted,
                drafting ? null : "focal." + code.toLowerCase(), null, null, statements);
    }

    /** Statement {@code j} of constituency {@code c} goes into recommendation 2j-1 or 2j of its theme. */
    static int recommendation(int c, int j) {
        return 2 * j - (c % 2);
    }

    static List<SourcePart> sources(Shape shape, int t, int k) {
        List<SourcePart> sources = new ArrayList<>();
        for (int c = 0; c < shape.constituencies(); c++) {
            for (int j = 1; j <= shape.perTheme(); j++) {
                if (recommendation(c, j) == k) {
                    boolean restricted = t == 0 && j == shape.perTheme();
                    sources.add(new SourcePart(shape.code(c), THEMES[t] + (restricted ? "-R1" : "-" + j),
                            restricted));
                }
            }
        }
        return sources;
    }

    static SubmissionPart submission(Shape shape, int year, int n, SessionRef session,
            List<RecommendationPart> recommendations)
            throws Exception {
        StringBuilder text = new StringBuilder();
        for (RecommendationPart r : recommendations) {
            text.append(r.number()).append(' ').append(r.text()).append('\n');
        }
        Instant sent = LocalDate.of(year, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(n * 3600L);
        List<EventPart> events = List.of(new EventPart("SENT", LocalDate.of(year, 10, 1), null, null, sent, "convenor"),
                new EventPart("ACKNOWLEDGED", LocalDate.of(year, 10, 8), "Received by the ASEAN Secretariat.", null,
                        sent.plusSeconds(7 * 86_400L), "secretariat"),
                new EventPart("REFLECTED", LocalDate.of(year, 11, 2), "Several points are in the forum's outcome.",
                        null, sent.plusSeconds(32 * 86_400L), "secretariat"));
        List<UptakePart> uptake = new ArrayList<>();
        for (RecommendationPart r : recommendations) {
            String level = (r.position() + year) % 3 == 0 ? "FULL" : (r.position() + year) % 3 == 1 ? "PARTIAL"
                    : "NONE";
            uptake.add(new UptakePart(r.number(), level, "Member states to consider point " + r.position() + ".",
                    "AFML " + year + " recommendation " + r.position(), sent.plusSeconds(40 * 86_400L),
                    "secretariat"));
        }
        return new SubmissionPart(shape.prefix() + "MFK-" + year + "-" + String.format("%04d", 100 + n), session, 3,
                "CALIBRATED",
                false, "Dear officials,\n\nPlease find the network's proposal.", "The ASEAN Secretariat",
                text.toString(), sha256(text.toString()), sent, "convenor", n == 1, events,
                n == 1 ? uptake : List.of());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
