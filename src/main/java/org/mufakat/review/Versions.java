package org.mufakat.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.audit.AuditLog;
import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes versions and reads them back. Taking is the only write there is: a version's rows are inserted once and
 * never changed. The checksum is SHA-256 over the entries in a fixed JSON form, so it can be checked at any time.
 */
@ApplicationScoped
public class Versions {

    private static final TypeReference<List<SourceRef>> SOURCES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;
    @Inject
    AuditLog audit;

    /**
     * Takes a version of the round's recommendations as they read now. A version asked for again with the same label
     * and nothing changed since (a double click, a retry) is the one already taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProposalVersion take(Round round, String label, boolean automatic, String actor) {
        List<VersionEntry> entries = Recommendation.listForRound(round).stream().map(VersionEntry::of).toList();
        String checksum = checksum(entries);
        ProposalVersion latest = ProposalVersion.latest(round);
        if (!automatic && latest != null && latest.checksum.equals(checksum) && latest.label.equals(label)
                && latest.stage == round.status()) {
            return latest;
        }
        ProposalVersion v = new ProposalVersion();
        v.round = round;
        v.number = ProposalVersion.nextNumber(round);
        v.label = label;
        v.stage = round.status();
        v.automatic = automatic;
        v.recommendationCount = entries.size();
        v.checksum = checksum;
        v.createdAt = Instant.now();
        v.createdBy = actor;
        v.persist();
        int ordinal = 0;
        for (VersionEntry e : entries) {
            VersionItem item = new VersionItem();
            item.version = v;
            item.ordinal = ++ordinal;
            item.recommendationId = e.recommendationId();
            item.themeCode = e.themeCode();
            item.themeTitle = e.themeTitle();
            item.number = e.number();
            item.addressee = e.addressee();
            item.text = e.text();
            item.unvarnishedText = e.unvarnishedText();
            item.sources = write(e.sources());
            item.persist();
        }
        audit.record(actor, automatic ? "review.version-taken-automatically" : "review.version-taken", "Round",
                round.auditId(), "version " + v.number + " (" + entries.size() + " recommendations): " + label);
        return v;
    }

    /** The entries of a version, in the proposal's order. */
    public List<VersionEntry> entries(ProposalVersion v) {
        return VersionItem.listForVersion(v).stream().map(i -> new VersionEntry(i.recommendationId, i.themeCode,
                i.themeTitle, i.number, i.addressee, i.text, i.unvarnishedText, read(i.sources))).toList();
    }

    /** Whether the stored items still give the checksum taken with them. */
    public boolean intact(ProposalVersion v) {
        return checksum(entries(v)).equals(v.checksum);
    }

    String checksum(List<VersionEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsString(entries)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(List<SourceRef> sources) {
        try {
            return json.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<SourceRef> read(String sources) {
        try {
            return json.readValue(sources, SOURCES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
