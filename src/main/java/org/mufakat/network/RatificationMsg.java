package org.mufakat.network;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The ratification table's interface texts, used in templates as {@code ratification:key}; the texts are in
 * {@code messages/ratification.properties} (English) and {@code messages/ratification_id.properties} (Bahasa
 * Indonesia). Generic words (save, cancel...) come from the shared {@code msg} bundle.
 */
@MessageBundle(value = "ratification", locale = "en")
public interface RatificationMsg {

    @Message
    String ratifications();

    @Message
    String intro();

    @Message
    String state();

    @Message
    String instrument();

    @Message
    String shortName(String name);

    @Message
    String fullName(String name);

    @Message
    String notRatified();

    @Message
    String ratifiedOnDay(String day);

    @Message
    String signedOnDay(String day);

    @Message
    String change();

    @Message
    String legend();

    @Message
    String editTitle(String state, String instrument);

    @Message
    String editIntro();

    @Message
    String ratifiedOn();

    @Message
    String signedOn();

    @Message
    String dateHint();

    @Message
    String signedHint();

    @Message
    String source();

    @Message
    String sourceHint();

    @Message
    String currentSource();

    @Message
    String lastChanged();

    @Message
    String byWhom(String when, String who);

    @Message
    String constituencyTitle();

    @Message
    String noneForCountry(String country);

    @Message
    String allStates();

    @Message
    String sentenceLabel();

    @Message
    String panelTitle(String country);

    @Message
    String panelIntro();
}
