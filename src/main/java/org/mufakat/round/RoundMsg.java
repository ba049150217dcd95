package org.mufakat.round;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the round pages, used as {@code round:key}; in messages/round.properties and round_id.properties. */
@MessageBundle(value = "round", locale = "en")
public interface RoundMsg {

    @Message
    String rounds();

    @Message
    String roundsIntro();

    @Message
    String noRounds();

    @Message
    String setUp();

    @Message
    String editRound();

    @Message
    String title();

    @Message
    String titleHint();

    @Message
    String purpose();

    @Message
    String target();

    @Message
    String targetHint();

    @Message
    String noTarget();

    @Message
    String themes();

    @Message
    String themesHint();

    @Message
    String addressees();

    @Message
    String addresseesHint();

    @Message
    String eachCountry();

    @Message
    String participants();

    @Message
    String inputDeadline();

    @Message
    String endorsementDeadline();

    @Message
    String dateHint();

    @Message
    String reviewStages();

    @Message
    String stage();

    @Message
    String stages();

    @Message
    String currentStage();

    @Message
    String refused();

    @Message
    String nextStep();

    @Message
    String readyFor(String stage);

    @Message
    String waitingOn();

    @Message
    String moveTo(String stage);

    @Message
    String forceReason();

    @Message
    String forceHint();

    @Message
    String forceMove(String stage);

    @Message
    String noNextStep();

    @Message
    String yourInput();

    @Message
    String openInput(String code);

    @Message
    String whatBecameOf(String code);

    @Message
    String proposal();

    @Message
    String harmonizationWorkspace();

    @Message
    String recommendations();

    @Message
    String sourceMatrix();

    @Message
    String outcomes();

    @Message
    String matrix();

    @Message
    String matrixSummary(long complete, int total);

    @Message
    String deadline();

    @Message
    String extended();

    @Message
    String lastChange();

    @Message
    String extendTitle();

    @Message
    String newDeadline();

    @Message
    String extensionReason();

    @Message
    String extend();

    @Message
    String history();

    @Message
    String forced();

    @Message
    String blocked();

    @Message
    String blockedForceable(String stage);

    @Message
    String blockedFirm(String stage);
}
