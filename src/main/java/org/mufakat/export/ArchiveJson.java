package org.mufakat.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The full JSON export of a round, schema {@value #SCHEMA}, as {@link RoundArchive} writes it and {@link RoundImport}
 * reads it; every field is described in docs/export-format.md. Things refer to each other by their numbers and codes
 * (constituency "ID", statement "RF-3", recommendation "RF.1", forum session by forum and title), never by database
 * ids, so the document means the same in any installation. Unknown fields are ignored, so a later minor addition
 * still imports.
 */
public final class ArchiveJson {

    /** The schema this code writes and reads. */
    public static final String SCHEMA = "mufakat-round/1";

    private ArchiveJson() {
    }

    /** The whole document. */
    @Schema(name = "RoundArchive", description = "A round exported as JSON (schema mufakat-round/1)")
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Archive(String schema, String installation, String exportId, Instant exportedAt, Reader reader,
            RoundPart round, List<InputPart> inputs, List<RecommendationPart> recommendations,
            List<VersionPart> versions, List<PositionPart> positions, List<CommentPart> comments,
            FinalizationPart finalization, List<SubmissionPart> submissions) {
    }

    /** For whom it was written: whether it names who proposed what, and the register of recommendations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reader(boolean attribution, String register, boolean inside) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundPart(String title, String purpose, String status, List<String> reviewStages,
            LocalDate inputDeadline, LocalDate endorsementDeadline, boolean publicAttribution,
            SessionRef forumSession, List<ThemePart> themes, List<String> addressees,
            List<ParticipantPart> participants, Instant createdAt, String createdBy) {
    }

    /** A forum session, found again by its forum's name (or acronym) and its title. */
    @Schema(name = "ArchiveSessionRef")
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionRef(String forum, String forumAcronym, String forumSpace, String title, LocalDate startsOn,
            LocalDate endsOn, String venue, String host) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ThemePart(String code, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParticipantPart(String constituency, String name, String country, LocalDate deadlineExtension,
            String extensionReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputPart(String constituency, String state, LocalDate startedOn, LocalDate endedOn, String venue,
            String organisers, Integer participantsTotal, Integer participantsWomen, Integer participantsMen,
            Integer participantsOther, String sectors, String preamble, Instant createdAt, Instant submittedAt,
            String submittedBy, String returnReason, String nilReason, List<StatementPart> statements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatementPart(String number, String theme, int position, String addressee, String text,
            String evidence, boolean restricted, Instant createdAt, String createdBy, DispositionPart disposition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DispositionPart(String fate, String rationale, String recommendation, boolean automatic,
            Instant decidedAt, String decidedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecommendationPart(String number, String theme, int position, String addressee, String text,
            String unvarnishedText, List<SourcePart> sources, Instant createdAt, String createdBy, Instant updatedAt,
            String updatedBy) {
    }

    /** A statement a recommendation came from: its constituency's code and its number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SourcePart(String constituency, String statement, boolean restricted) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionPart(int number, String label, String stage, boolean automatic, int recommendationCount,
            String checksum, Instant createdAt, String createdBy, List<ItemPart> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemPart(int ordinal, String recommendation, String themeCode, String themeTitle, String number,
            String addressee, String text, String unvarnishedText, List<SourcePart> sources) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PositionPart(String recommendation, String constituency, String organisation, String stance,
            String note, String takenBy, Instant takenAt) {
    }

    /** A comment; {@code ref} numbers it within the document, and a reply names its parent's {@code ref}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommentPart(int ref, Integer parent, String recommendation, String quote, String body,
            String author, Instant createdAt, Instant resolvedAt, String resolvedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FinalizationPart(String actor, Instant occurredAt, String overrideReason, String overridden) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubmissionPart(String trackingNumber, SessionRef forumSession, int proposalVersion,
            String register, boolean attribution, String coverLetter, String recipients, String text, String sha256,
            Instant sentAt, String sentBy, boolean published, List<EventPart> events, List<UptakePart> uptake) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventPart(String kind, LocalDate occurredOn, String note, String link, Instant recordedAt,
            String recordedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UptakePart(String recommendation, String level, String officialText, String reference,
            Instant recordedAt, String recordedBy) {
    }
}
