package org.mufakat.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of uptake and carrying forward, used in templates as {@code uptake:key}; the texts are in
 * {@code messages/uptake.properties} (English) and {@code messages/uptake_id.properties} (Bahasa Indonesia). Kept apart
 * from {@link SubmissionMsg} so that each part of the submission feature keeps its own texts.
 */
@MessageBundle(value = "uptake", locale = "en")
public interface UptakeMsg {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String introConvenor();

    @Message
    String suggestLink();

    @Message
    String noRecommendations();

    @Message
    String level();

    @Message
    String chooseLevel();

    @Message
    String levelName(String name);

    @Message
    String officialText();

    @Message
    String officialTextHint();

    @Message
    String reference();

    @Message
    String referenceHint();

    @Message
    String recordedBy(String when, String name);

    @Message
    String notRecorded();

    @Message
    String recordFor(String number);

    @Message
    String changeFor(String number);

    @Message
    String suggestTitle(String number);

    @Message
    String suggestIntro();

    @Message
    String document();

    @Message
    String documentHint();

    @Message
    String source();

    @Message
    String sourceHint();

    @Message
    String findMatches();

    @Message
    String noMatches();

    @Message
    String matchesCount(int count);

    @Message
    String ours();

    @Message
    String theirs(String number);

    @Message
    String score(double score);

    @Message
    String shared();

    @Message
    String recordedAlready(String level);

    @Message
    String confirm();

    @Message
    String dismiss();

    @Message
    String backToSubmission();

    @Message
    String carryTitle();

    @Message
    String carryLink();

    @Message
    String carryIntro();

    @Message
    String target();

    @Message
    String targetHint();

    @Message
    String chooseTarget();

    @Message
    String noTargets();

    @Message
    String recommendations();

    @Message
    String recommendationsHint();

    @Message
    String notCarried();

    @Message
    String noCandidates();

    @Message
    String review();

    @Message
    String confirmTitle();

    @Message
    String confirmIntro(int count, String title);

    @Message
    String sameTheme(String code);

    @Message
    String otherTheme(String code, String themeCode, String themeTitle);

    @Message
    String alreadyCarried(String number);

    @Message
    String carry();
}
