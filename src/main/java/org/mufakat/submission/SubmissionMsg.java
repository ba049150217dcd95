package org.mufakat.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of submissions and tracking, used in templates as {@code submission:key}; the texts are in
 * {@code messages/submission.properties} (English) and {@code messages/submission_id.properties} (Bahasa Indonesia).
 * Generic words (cancel, required...) come from the shared {@code msg} bundle.
 */
@MessageBundle(value = "submission", locale = "en")
public interface SubmissionMsg {

    @Message
    String submissions();

    @Message
    String submissionsOf(String title);

    @Message
    String intro();

    @Message
    String prepare();

    @Message
    String closeRound();

    @Message
    String noneYet();

    @Message
    String noneYetConvenor();

    @Message
    String trackingNumber();

    @Message
    String session();

    @Message
    String register();

    @Message
    String sentOn();

    @Message
    String lastEvent();

    @Message
    String registerName(String name);

    @Message
    String kindName(String name);

    @Message
    String prepareTitle();

    @Message
    String prepareIntro();

    @Message
    String sessionHint();

    @Message
    String chooseSession();

    @Message
    String registerHint();

    @Message
    String recipients();

    @Message
    String recipientsHint();

    @Message
    String coverLetter();

    @Message
    String coverLetterHint();

    @Message
    String review();

    @Message
    String confirmTitle();

    @Message
    String confirmIntro();

    @Message
    String proposalVersion();

    @Message
    String checksum();

    @Message
    String frozenText();

    @Message
    String confirmQuestion();

    @Message
    String send();

    @Message
    String submissionTitle(String number);

    @Message
    String round();

    @Message
    String verifyLink();

    @Message
    String timeline();

    @Message
    String noEvents();

    @Message
    String noEventsConvenor();

    @Message
    String recordedBy(String name);

    @Message
    String recordEvent();

    @Message
    String kind();

    @Message
    String chooseKind();

    @Message
    String occurredOn();

    @Message
    String occurredOnHint();

    @Message
    String note();

    @Message
    String link();

    @Message
    String linkHint();

    @Message
    String record();

    @Message
    String verifyTitle(String number);

    @Message
    String verifyIntro();

    @Message
    String matches();

    @Message
    String differs();

    @Message
    String pastedChecksum();

    @Message
    String differsInvisibly();

    @Message
    String submittedLine();

    @Message
    String pastedLine();

    @Message
    String textToVerify();

    @Message
    String textToVerifyHint();

    @Message
    String verify();

    @Message
    String closeIntro();

    @Message
    String closeQuestion(String title);

    @Message
    String overdue();

    @Message
    String overdueExplained();

    @Message
    String publicPage();

    @Message
    String notPublished();

    @Message
    String publishLink();

    @Message
    String withdrawLink();

    @Message
    String publishedTag();

    @Message
    String evidence();

    @Message
    String evidenceFile();

    @Message
    String evidenceFileHint();

    @Message
    String publishTitle(String number);

    @Message
    String publishIntro();

    @Message
    String publicAddress();

    @Message
    String publicShows();

    @Message
    String publicShowsText();

    @Message
    String publicShowsAttribution();

    @Message
    String publicShowsNoAttribution();

    @Message
    String publicShowsFacts();

    @Message
    String publicShowsCoverLetter();

    @Message
    String publicShowsTimeline();

    @Message
    String publicHides();

    @Message
    String publicHidesNotes();

    @Message
    String publicHidesEvidence();

    @Message
    String publicHidesPeople();

    @Message
    String alreadyPublished();

    @Message
    String publishQuestion();

    @Message
    String publish();

    @Message
    String publicPreview();

    @Message
    String withdrawTitle(String number);

    @Message
    String withdrawIntro();

    @Message
    String withdrawQuestion();

    @Message
    String withdraw();

    @Message
    String publicIntro(String network);

    @Message
    String publicVerifyIntro();

    @Message
    String tooLongToCompare();
}
