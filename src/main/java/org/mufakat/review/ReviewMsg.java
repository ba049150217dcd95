package org.mufakat.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the review pages, used in templates as {@code review:key}; English in {@code messages/review.properties},
 * Bahasa Indonesia in {@code messages/review_id.properties}.
 */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMsg {

    @Message
    String proposal();

    @Message
    String proposalOf(String title);

    @Message
    String reviewPages();

    @Message
    String openReview();

    @Message
    String document();

    @Message
    String documentOf(String title);

    @Message
    String consensus();

    @Message
    String consensusOf(String title);

    @Message
    String consensusHint();

    @Message
    String versions();

    @Message
    String versionsOf(String title);

    @Message
    String versionsIntro();

    @Message
    String takePosition();

    @Message
    String finalize();

    @Message
    String finalText();

    @Message
    String finalizedBy(String actor, String when);

    @Message
    String versionNumber(int number);

    @Message
    String overrideTitle();

    @Message
    String overridden();

    @Message
    String overrideReason();

    @Message
    String stageHint(String name);

    @Message
    String stageCloses(String date);

    @Message
    String windows();

    @Message
    String noWindows();

    @Message
    String closesOn(String date);

    @Message
    String windowStage();

    @Message
    String closesOnLabel();

    @Message
    String dateHint();

    @Message
    String windowReason();

    @Message
    String windowReasonHint();

    @Message
    String setWindow();

    @Message
    String recommendations();

    @Message
    String recommendation();

    @Message
    String generalReservations();

    @Message
    String noRecommendations();

    @Message
    String to(String addressee);

    @Message
    String footnote(int number);

    @Message
    String unvarnished();

    @Message
    String calibrated();

    @Message
    String sources();

    @Message
    String commentCount(long count);

    @Message
    String unresolvedCount(long count);

    @Message
    String footnotes();

    @Message
    String reservationBy(String party);

    @Message
    String reservationOn(String party, String number);

    @Message
    String backToText();

    @Message
    String registers();

    @Message
    String calibratedRegister();

    @Message
    String unvarnishedRegister();

    @Message
    String showCalibrated();

    @Message
    String showUnvarnished();

    @Message
    String calibratedHint();

    @Message
    String unvarnishedHint();

    @Message
    String unvarnishedKept();

    @Message
    String texts();

    @Message
    String sameAsCalibrated();

    @Message
    String editTexts();

    @Message
    String follow();

    @Message
    String unfollow();

    @Message
    String followHint();

    @Message
    String standing();

    @Message
    String savePositionOn(String number);

    @Message
    String comments();

    @Message
    String noComments();

    @Message
    String resolvedTag();

    @Message
    String openTag();

    @Message
    String reopen();

    @Message
    String resolve();

    @Message
    String reply();

    @Message
    String sendReply();

    @Message
    String newComment();

    @Message
    String quote();

    @Message
    String quoteHint();

    @Message
    String comment();

    @Message
    String sendComment();

    @Message
    String commentsClosed();

    @Message
    String edits();

    @Message
    String diffLegend();

    @Message
    String editKind(String name);

    @Message
    String editKindHint(String name);

    @Message
    String editTitle(String number);

    @Message
    String editHint(String name);

    @Message
    String savedNow();

    @Message
    String kindLegend();

    @Message
    String editNote();

    @Message
    String editNoteHint();

    @Message
    String actingFor();

    @Message
    String stanceLegend();

    @Message
    String stance(String name);

    @Message
    String stanceGroup(String name);

    @Message
    String silentGroup();

    @Message
    String silent();

    @Message
    String note();

    @Message
    String noteHint();

    @Message
    String positionsOf(String title);

    @Message
    String yourPositions();

    @Message
    String positionsIntro();

    @Message
    String noPositionsYet();

    @Message
    String party();

    @Message
    String on();

    @Message
    String onHint();

    @Message
    String taken();

    @Message
    String wholeProposal();

    @Message
    String noParties();

    @Message
    String endorsementNotOpenYet();

    @Message
    String positionsClosedHint();

    @Message
    String takeOrChange();

    @Message
    String savePosition();

    @Message
    String deadlinePassed(String date);

    @Message
    String deadlineIs(String date);

    @Message
    String byRecommendation();

    @Message
    String finalizeTitle();

    @Message
    String alreadyFinal();

    @Message
    String finalizeOnlyInEndorsement();

    @Message
    String finalizeIntro();

    @Message
    String whatStands();

    @Message
    String overrideReasonLabel();

    @Message
    String overrideHint();

    @Message
    String finalizeQuestion();

    @Message
    String finalizeOverriding();

    @Message
    String label();

    @Message
    String labelHint();

    @Message
    String takeVersion();

    @Message
    String noVersions();

    @Message
    String compareFrom();

    @Message
    String compareTo();

    @Message
    String compare();

    @Message
    String automaticLabel(String stage);

    @Message
    String automatic();

    @Message
    String number();

    @Message
    String stageWhenTaken();

    @Message
    String checksum();

    @Message
    String intact();

    @Message
    String notIntact();

    @Message
    String immutableHint();

    @Message
    String diffTitle(int from, int to);

    @Message
    String diffSummary(long added, long removed, long changed, long moved, int unchanged);

    @Message
    String diffView();

    @Message
    String sideBySide();

    @Message
    String inline();

    @Message
    String noChanges();

    @Message
    String change(String name);

    @Message
    String addresseeChanged(String before, String after);

    @Message
    String sourcesAdded();

    @Message
    String sourcesRemoved();

    @Message
    String reasons();

    @Message
    String reasonsHint();

    @Message
    String blocked();

    @Message
    String finalizeBlocked();
}
