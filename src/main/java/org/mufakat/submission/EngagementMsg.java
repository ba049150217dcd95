package org.mufakat.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of the engagement at a forum session, used in templates as {@code engagement:key}; the texts
 * are in {@code messages/engagement.properties} (English) and {@code messages/engagement_id.properties} (Bahasa
 * Indonesia). Generic words (save, cancel...) come from the shared {@code msg} bundle.
 */
@MessageBundle(value = "engagement", locale = "en")
public interface EngagementMsg {

    @Message
    String title(String session);

    @Message
    String intro();

    @Message
    String forum();

    @Message
    String dates();

    @Message
    String venue();

    @Message
    String invited();

    @Message
    String invitedName(String name);

    @Message
    String seatsRequested();

    @Message
    String seatsGranted();

    @Message
    String seatsHint();

    @Message
    String notKnown();

    @Message
    String notes();

    @Message
    String notesHint();

    @Message
    String delegates();

    @Message
    String delegatesHint();

    @Message
    String personName();

    @Message
    String organisation();

    @Message
    String spoke();

    @Message
    String spokeYes();

    @Message
    String spokeNo();

    @Message
    String noDelegates();

    @Message
    String nothingRecorded();

    @Message
    String nothingRecordedEdit();

    @Message
    String recordTitle();

    @Message
    String lastChanged(String when, String who);

    @Message
    String lastChangedLabel();

    @Message
    String allies();

    @Message
    String noAllies();

    @Message
    String allAllies();

    @Message
    String link();
}
