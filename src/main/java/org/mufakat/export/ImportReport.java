package org.mufakat.export;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import created, or would create in a dry run: counts per kind (constituencies, forums, forumSessions,
 * organisations, rounds, themes, inputs, statements, dispositions, recommendations, versions, versionItems,
 * positions, comments, submissions, events, uptake) and the new round; for an export imported before, the round it
 * became and nothing created.
 */
@Schema(name = "ImportReport")
public record ImportReport(boolean dryRun, boolean alreadyImported, Long roundId, String title,
        Map<String, Integer> created, String message) {
}
