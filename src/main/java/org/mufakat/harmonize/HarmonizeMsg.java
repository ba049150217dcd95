package org.mufakat.harmonize;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the harmonization pages, used as {@code harmonize:key}; in messages/harmonize.properties and
 * harmonize_id.properties.
 */
@MessageBundle(value = "harmonize", locale = "en")
public interface HarmonizeMsg {

    @Message
    String workspace();

    @Message
    String workspaceSummary(long statements, long decided, long recommendations);

    @Message
    String readOnly();

    @Message
    String suggestions();

    @Message
    String allRecommendations();

    @Message
    String sourceMatrix();

    @Message
    String outcomes();

    @Message
    String filter();

    @Message
    String theme();

    @Message
    String allThemes();

    @Message
    String addressee();

    @Message
    String addresseeHint();

    @Message
    String any();

    @Message
    String fate();

    @Message
    String noFate();

    @Message
    String words();

    @Message
    String applyFilter();

    @Message
    String clearFilter();

    @Message
    String statements();

    @Message
    String statement();

    @Message
    String noStatements();

    @Message
    String noMatch();

    @Message
    String mergeHint();

    @Message
    String pick();

    @Message
    String to();

    @Message
    String restricted();

    @Message
    String restrictedNotCopied();

    @Message
    String restrictedHidden();

    @Message
    String evidence();

    @Message
    String automatic();

    @Message
    String wentInto();

    @Message
    String wentIntoColumn();

    @Message
    String setFate();

    @Message
    String merge();

    @Message
    String recommendations();

    @Message
    String recommendation();

    @Message
    String recommendationNumber(String number);

    @Message
    String noRecommendations();

    @Message
    String sourcesCount(int count);

    @Message
    String unvarnished();

    @Message
    String unvarnishedHint();

    @Message
    String calibrated();

    @Message
    String calibratedHint();

    @Message
    String sameAsCalibrated();

    @Message
    String up();

    @Message
    String down();

    @Message
    String edit();

    @Message
    String delete();

    @Message
    String create();

    @Message
    String newRecommendation();

    @Message
    String editRecommendation(String number);

    @Message
    String sources();

    @Message
    String sourcesHint();

    @Message
    String noSourcesChosen();

    @Message
    String deleteTitle(String number);

    @Message
    String deleteQuestion(int sources, long orphans);

    @Message
    String fateOf(String reference);

    @Message
    String fateHint();

    @Message
    String rationale();

    @Message
    String rationaleHint();

    @Message
    String intoRecommendation();

    @Message
    String intoRecommendationHint();

    @Message
    String noneOrAsNow();

    @Message
    String suggestionsIntro();

    @Message
    String noSuggestions();

    @Message
    String score(double score);

    @Message
    String sharedTerms();

    @Message
    String alreadyMerged(String number);

    @Message
    String mergeThese();

    @Message
    String provenance();

    @Message
    String noSources();

    @Message
    String outcomesIntro();

    @Message
    String noOutcomes();

    @Message
    String outcomeTitle(String name);

    @Message
    String outcomeIntro();

    @Message
    String noSubmittedStatements();

    @Message
    String fateCounts();

    @Message
    String downloadCsv();

    @Message
    String matrixIntro();

    @Message
    String attributionShown();

    @Message
    String attributionHidden();

    @Message
    String showAttribution();

    @Message
    String hideAttribution();

    @Message
    String backing();

    @Message
    String statementsFrom(int count, String name);

    @Message
    String none();

    @Message
    String lineage();

    @Message
    String carriedHint();

    @Message
    String attributionConsequenceOn();

    @Message
    String attributionConsequenceOff();

    @Message
    String attributionAlready();
}
