package org.mufakat.input;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the national input pages, used in templates as {@code input:key}; English in
 * {@code messages/input.properties}, Bahasa Indonesia in {@code messages/input_id.properties}.
 */
@MessageBundle(value = "input", locale = "en")
public interface InputMsg {

    @Message
    String title(String name);

    @Message
    String status();

    @Message
    String state();

    @Message
    String stateName(String name);

    @Message
    String deadline();

    @Message
    String submittedWhen();

    @Message
    String returnReason();

    @Message
    String nilReason();

    @Message
    String notCollecting();

    @Message
    String submit();

    @Message
    String sendNilReturn();

    @Message
    String returnForRevision();

    @Message
    String revisions();

    @Message
    String record();

    @Message
    String startedOn();

    @Message
    String endedOn();

    @Message
    String dateHint();

    @Message
    String venue();

    @Message
    String organisers();

    @Message
    String organisersHint();

    @Message
    String participants();

    @Message
    String participantsHint();

    @Message
    String total();

    @Message
    String women();

    @Message
    String men();

    @Message
    String other();

    @Message
    String sectors();

    @Message
    String sectorsHint();

    @Message
    String preamble();

    @Message
    String preambleHint();

    @Message
    String dates();

    @Message
    String noRecord();

    @Message
    String statements();

    @Message
    String noStatementsYou();

    @Message
    String noStatements();

    @Message
    String noStatementsInTheme();

    @Message
    String noStatementsInThemeYou();

    @Message
    String themeNav();

    @Message
    String themeLink(String code, String title, int count);

    @Message
    String to(String addressee);

    @Message
    String restricted();

    @Message
    String evidence();

    @Message
    String moveUp();

    @Message
    String moveDown();

    @Message
    String addStatement();

    @Message
    String attachments();

    @Message
    String noAttachments();

    @Message
    String file();

    @Message
    String fileHint();

    @Message
    String upload();

    @Message
    String attachmentRestrictedLabel();

    @Message
    String attachmentRestrictedHint();

    @Message
    String theme();

    @Message
    String addressee();

    @Message
    String text();

    @Message
    String textHint();

    @Message
    String evidenceHint();

    @Message
    String restrictedLabel();

    @Message
    String restrictedHint();

    @Message
    String editStatement(String number);

    @Message
    String confirmTitle(String what);

    @Message
    String confirmQuestion(String what, String name);

    @Message
    String reason();

    @Message
    String noRevisions();

    @Message
    String compareHint();

    @Message
    String compareFrom();

    @Message
    String compareTo();

    @Message
    String compare();

    @Message
    String revisionAction(String action);

    @Message
    String comparing(String fromWhen, String fromWho, String toWhen, String toWho);

    @Message
    String diffLegend();

    @Message
    String before();

    @Message
    String after();

    @Message
    String offline();

    @Message
    String offlineHint();

    @Message
    String offlineReadHint();

    @Message
    String downloadDocx();

    @Message
    String downloadMarkdown();

    @Message
    String offlineFile();

    @Message
    String offlineFileHint();

    @Message
    String previewUpload();

    @Message
    String previewTitle();

    @Message
    String previewSummary(int added, int changed, int unchanged);

    @Message
    String notDeleted();

    @Message
    String problems(int count);

    @Message
    String problemsHint();

    @Message
    String toChange(int count);

    @Message
    String toAdd(int count);

    @Message
    String newUnder(String code, String title);

    @Message
    String becomesRestricted();

    @Message
    String becomesOpen();

    @Message
    String confirmImportQuestion();

    @Message
    String confirmImport();

    @Message
    String nothingToImport();

    @Message
    String uploadAgain();
}
