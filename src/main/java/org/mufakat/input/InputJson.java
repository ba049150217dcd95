package org.mufakat.input;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.round.InputState;

/** The JSON shapes of the national input API. Restricted statements and evidence appear only for those allowed. */
public final class InputJson {

    private InputJson() {
    }

    public record Input(long roundId, String constituencyCode, String constituencyName, InputState state,
            LocalDate deadline, Record record, Instant submittedAt, String submittedBy, String returnReason,
            String nilReason, Long version, List<StatementJson> statements) {

        static Input of(InputView v) {
            NationalInput i = v.input();
            List<StatementJson> statements = v.themes().stream().flatMap(g -> g.statements().stream())
                    .map(s -> StatementJson.of(s, v.canSeeRestricted())).toList();
            return new Input(v.round().id, v.constituency().code, v.constituency().name, i.state,
                    v.deadline(), Record.of(i), i.submittedAt, i.submittedBy,
                    i.state == InputState.RETURNED ? i.returnReason : null, i.nilReason,
                    i.isSaved() ? i.version : null, statements);
        }
    }

    /** Body of {@code PUT /api/v1/rounds/{id}/inputs/{code}}: the consultation record, the preamble, the version. */
    public record Record(LocalDate startedOn, LocalDate endedOn, String venue, String organisers,
            Integer participantsTotal, Integer participantsWomen, Integer participantsMen,
            Integer participantsOther, String sectors, String preamble, Long version) {

        static Record of(NationalInput i) {
            return new Record(i.startedOn, i.endedOn, i.venue, i.organisers, i.participantsTotal,
                    i.participantsWomen, i.participantsMen, i.participantsOther, i.sectors, i.preamble,
                    i.isSaved() ? i.version : null);
        }

        RecordForm toForm() {
            return new RecordForm(RecordForm.text(startedOn), RecordForm.text(endedOn), venue, organisers,
                    RecordForm.text(participantsTotal), RecordForm.text(participantsWomen),
                    RecordForm.text(participantsMen), RecordForm.text(participantsOther), sectors, preamble,
                    version);
        }
    }

    public record StatementJson(long id, String number, String theme, String addressee, String text,
            String evidence, boolean restricted, long version) {

        static StatementJson of(Statement s, boolean withEvidence) {
            return new StatementJson(s.id, s.number(), s.theme.code, s.addressee, s.text,
                    withEvidence ? s.evidence : null, s.restricted, s.version);
        }
    }

    /** Body of statement POST and PUT; {@code version} only for PUT. */
    @Schema(examples = StatementBody.EXAMPLE)
    public record StatementBody(String theme, String addressee, String text, String evidence, Boolean restricted,
            Long version) {

        static final String EXAMPLE = """
                {"theme": "DW", "addressee": "To ASEAN",
                 "text": "Ratify ILO Convention 189 and include domestic workers in national labour law.",
                 "evidence": "Consultation in Jakarta, 12 February: 31 of 40 participants were domestic workers.",
                 "restricted": false}""";

        StatementForm toForm() {
            return new StatementForm(blank(theme), blank(addressee), blank(text), blank(evidence),
                    Boolean.TRUE.equals(restricted), version);
        }
    }

    /** Body of submit: the input's version the caller saw. */
    public record Submit(Long version) {
    }

    /** Body of return and nil-return. */
    public record Reason(String reason) {
    }

    /** A file sent with the input; {@code downloadUrl} gives its bytes as an attachment. */
    public record AttachmentJson(long id, String fileName, String contentType, long sizeBytes, boolean restricted,
            String uploadedBy, Instant uploadedAt, String downloadUrl) {

        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.id, a.fileName, a.contentType, a.sizeBytes, a.restricted, a.uploadedBy,
                    a.uploadedAt, "/api/v1/rounds/" + a.input.round.id + "/inputs/" + a.input.constituency.code
                            + "/attachments/" + a.id);
        }
    }

    /** One save of the input: when, by whom, which action. */
    public record RevisionJson(long id, Instant createdAt, String createdBy, String action) {

        static RevisionJson of(InputRevision r) {
            return new RevisionJson(r.id, r.createdAt, r.createdBy, r.action);
        }
    }

    /** A page of revisions, newest first; pages count from 1. */
    public record RevisionPage(List<RevisionJson> items, int page, int size, long total) {

        static RevisionPage of(org.mufakat.web.Paging<InputRevision> p) {
            return new RevisionPage(p.items().stream().map(RevisionJson::of).toList(), p.page(), p.size(), p.total());
        }
    }

    /**
     * Two revisions compared line by line. {@code before} and {@code after} are HTML: the text escaped, removed
     * words in {@code del}, added ones in {@code ins}; {@code kind} is EQUAL, CHANGE, DELETE or INSERT.
     */
    public record RevisionDiffJson(RevisionJson from, RevisionJson to, List<Line> lines) {

        @Schema(name = "RevisionLine")
        public record Line(String kind, String before, String after) {
        }

        static RevisionDiffJson of(InputRevision from, InputRevision to) {
            return new RevisionDiffJson(RevisionJson.of(from), RevisionJson.of(to), RevisionDiff.between(
                    from.snapshot, to.snapshot).stream().map(r -> new Line(r.kind(), r.before().getValue(),
                            r.after().getValue())).toList());
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
