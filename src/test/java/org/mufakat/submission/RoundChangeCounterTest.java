package org.mufakat.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mufakat.harmonize.Disposition;
import org.mufakat.input.NationalInput;
import org.mufakat.input.Statement;
import org.mufakat.network.Account;
import org.mufakat.review.Comment;
import org.mufakat.review.ProposalVersion;
import org.mufakat.review.VersionItem;
import org.mufakat.round.Round;
import org.mufakat.round.RoundChangeCounter;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every feature's entities reach their round for the change counter, however deep they sit (a fate through its
 * statement and input, an item through its version, uptake through its submission); the others belong to none.
 */
@QuarkusTest
class RoundChangeCounterTest {

    @Inject
    @PersistenceUnitExtension
    RoundChangeCounter counter;

    @Test
    void everyEntityOfARoundFindsItsRound() {
        Round round = new Round();
        round.id = 42L;
        NationalInput input = new NationalInput();
        input.round = round;
        Statement statement = new Statement();
        statement.input = input;
        Disposition fate = new Disposition();
        fate.statement = statement;
        ProposalVersion version = new ProposalVersion();
        version.round = round;
        VersionItem item = new VersionItem();
        item.version = version;
        Submission submission = new Submission();
        submission.round = round;
        Uptake uptake = new Uptake();
        uptake.submission = submission;
        Comment comment = new Comment();
        comment.round = round;

        assertEquals(42L, counter.roundIdOf(round));
        assertEquals(42L, counter.roundIdOf(statement));
        assertEquals(42L, counter.roundIdOf(fate));
        assertEquals(42L, counter.roundIdOf(item));
        assertEquals(42L, counter.roundIdOf(uptake));
        assertEquals(42L, counter.roundIdOf(comment));
        assertNull(counter.roundIdOf(new Disposition()), "a fate not yet linked belongs to no round");
        assertNull(counter.roundIdOf(new Account()));
    }
}
