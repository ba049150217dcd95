package org.mufakat.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of the export panel and the words of the resource book, used in templates as {@code export:key}
 * and by {@link BookDocx} through {@code MessageBundles.get}; the texts are in {@code messages/export.properties}
 * (English) and {@code messages/export_id.properties} (Bahasa Indonesia).
 */
@MessageBundle(value = "export", locale = "en")
public interface ExportMsg {

    @Message
    String title(String round);

    @Message
    String link();

    @Message
    String intro();

    @Message
    String choices();

    @Message
    String register();

    @Message
    String registerName(String name);

    @Message
    String edition();

    @Message
    String editionName(String name);

    @Message
    String editionHint();

    @Message
    String show();

    @Message
    String formats();

    @Message
    String format();

    @Message
    String description();

    @Message
    String size();

    @Message
    String download();

    @Message
    String formatName(String name);

    @Message
    String formatDescription(String name);

    @Message
    String sizeUnknown();

    @Message
    String sizeNotComputed();

    @Message
    String kilobytes(String size);

    @Message
    String foreword();

    @Message
    String forewordHint();

    @Message
    String forewordNone();

    @Message
    String forewordNoneConvenor();

    @Message
    String forewordBy(String who);

    @Message
    String saveForeword();

    @Message
    String back();

    @Message
    String contents();

    @Message
    String proposal();

    @Message
    String proposalIntro(int version, int count);

    @Message
    String noProposal();

    @Message
    String to(String addressee);

    @Message
    String proposedBy(String sources);

    @Message
    String reservations();

    @Message
    String notes();

    @Message
    String annexes();

    @Message
    String annex(String name);

    @Message
    String noAnnexes();

    @Message
    String dates();

    @Message
    String venue();

    @Message
    String organisers();

    @Message
    String participants();

    @Message
    String participantsLine(Integer total, Integer women, Integer men, Integer other);

    @Message
    String sectors();

    @Message
    String preamble();

    @Message
    String state();

    @Message
    String statements();

    @Message
    String statementsWithheld();

    @Message
    String noStatements();

    @Message
    String evidence();

    @Message
    String fate();

    @Message
    String rationale();

    @Message
    String became(String number);

    @Message
    String submissionRecord();

    @Message
    String noSubmissions();

    @Message
    String sentOn();

    @Message
    String coverLetter();

    @Message
    String timeline();

    @Message
    String noEvents();

    @Message
    String uptake();

    @Message
    String noUptake();

    @Message
    String recommendation();

    @Message
    String reference();

    @Message
    String indicators();

    @Message
    String indicatorsIntro();

    @Message
    String chartEmpty();

    @Message
    String printedOn(String date);

    @Message
    String version();
}
