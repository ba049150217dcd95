package org.mufakat.forum;

import java.time.Instant;
import java.time.LocalDate;

import org.mufakat.network.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Forums and sessions for tests, each committed in its own transaction, with unique acronyms. */
public final class ForumTestData {

    private ForumTestData() {
    }

    public static Forum forum(String name, ForumSpace space) {
        int n = TestData.next();
        return QuarkusTransaction.requiringNew().call(() -> {
            Forum f = new Forum();
            f.name = name + " " + n;
            f.acronym = "F" + n;
            f.space = space;
            f.entry = CivilSocietyEntry.INVITATION;
            f.createdAt = Instant.now();
            f.persist();
            return f;
        });
    }

    public static ForumSession session(Forum forum, String title, LocalDate startsOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ForumSession s = new ForumSession();
            s.forum = Forum.findById(forum.id);
            s.title = title;
            s.startsOn = startsOn;
            s.createdAt = Instant.now();
            s.persist();
            return s;
        });
    }

    static Forum reload(Forum f) {
        return QuarkusTransaction.requiringNew().call(() -> Forum.findById(f.id));
    }

    static ForumSession reload(ForumSession s) {
        return QuarkusTransaction.requiringNew().call(() -> ForumSession.findById(s.id));
    }

    static long sessionsOf(Forum f) {
        return QuarkusTransaction.requiringNew().call(() -> ForumSession.count("forum.id", f.id));
    }

    static long forumsWithAcronym(String acronym) {
        return QuarkusTransaction.requiringNew().call(() -> Forum.count("lower(acronym)", acronym.toLowerCase()));
    }
}
