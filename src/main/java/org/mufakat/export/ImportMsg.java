package org.mufakat.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of the round import, used in templates as {@code roundimport:key}; the texts are in
 * {@code messages/roundimport.properties} (English) and {@code messages/roundimport_id.properties} (Bahasa Indonesia).
 */
@MessageBundle(value = "roundimport", locale = "en")
public interface ImportMsg {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String file();

    @Message
    String fileHint();

    @Message
    String dryRun();

    @Message
    String dryRunHint();

    @Message
    String submit();

    @Message
    String report();

    @Message
    String kind();

    @Message
    String count();

    @Message
    String kindName(String name);

    @Message
    String importLink();

    @Message
    String openRound();
}
