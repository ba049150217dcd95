package org.mufakat.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of allies and champions, used in templates as {@code allies:key}; the texts are in
 * {@code messages/allies.properties} (English) and {@code messages/allies_id.properties} (Bahasa Indonesia). Generic
 * words (save, cancel, delete...) come from the shared {@code msg} bundle.
 */
@MessageBundle(value = "allies", locale = "en")
public interface AllyMsg {

    @Message
    String navAllies();

    @Message
    String allies();

    @Message
    String intro();

    @Message
    String newAlly();

    @Message
    String noneYet();

    @Message
    String noneYetMaintain();

    @Message
    String kind();

    @Message
    String allKinds();

    @Message
    String kindName(String name);

    @Message
    String country();

    @Message
    String allCountries();

    @Message
    String name();

    @Message
    String nameHint();

    @Message
    String title();

    @Message
    String titleHint();

    @Message
    String organisation();

    @Message
    String organisationHint();

    @Message
    String since();

    @Message
    String sinceHint();

    @Message
    String commitments();

    @Message
    String commitmentsHint();

    @Message
    String noCommitments();

    @Message
    String sessions();

    @Message
    String sessionsHint();

    @Message
    String noSessions();

    @Message
    String editAlly();

    @Message
    String deleteAlly();

    @Message
    String confirmDelete(String name);

    @Message
    String added();

    @Message
    String changed();

    @Message
    String byWhom(String when, String who);
}
