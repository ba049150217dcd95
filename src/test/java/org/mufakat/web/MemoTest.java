package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What a memo keeps: short keys, until it is full; text keys over the limit are worked out every time. */
class MemoTest {

    record Key(long round, String theme) {
    }

    record Texts(String before, String after) implements Memo.Text {

        @Override
        public int length() {
            return before.length() + after.length();
        }
    }

    @Test
    void keepsResultsOfShortKeysAndStartsOverWhenFull() {
        AtomicInteger worked = new AtomicInteger();
        Memo<Key, Integer> memo = new Memo<>(2);
        assertEquals(1, memo.get(new Key(1, "RF"), worked::incrementAndGet));
        assertEquals(1, memo.get(new Key(1, "RF"), worked::incrementAndGet), "kept");
        assertEquals(2, memo.get(new Key(2, "RF"), worked::incrementAndGet));
        assertEquals(3, memo.get(new Key(3, "RF"), worked::incrementAndGet), "full: started over");
        assertEquals(4, memo.get(new Key(1, "RF"), worked::incrementAndGet), "forgotten when it started over");
    }

    @Test
    void longTextKeysAreWorkedOutEveryTime() {
        AtomicInteger worked = new AtomicInteger();
        String half = "x".repeat(Memo.LONGEST_KEPT / 2 + 1);
        Memo<Texts, Integer> pairs = new Memo<>(8);
        pairs.get(new Texts(half, half), worked::incrementAndGet);
        pairs.get(new Texts(half, half), worked::incrementAndGet);
        assertEquals(2, worked.get(), "two texts together over the limit");
        pairs.get(new Texts(half, "short"), worked::incrementAndGet);
        pairs.get(new Texts(half, "short"), worked::incrementAndGet);
        assertEquals(3, worked.get(), "under the limit: kept");

        Memo<String, Integer> texts = new Memo<>(8);
        texts.get(half + half, worked::incrementAndGet);
        texts.get(half + half, worked::incrementAndGet);
        assertEquals(5, worked.get());
    }
}
