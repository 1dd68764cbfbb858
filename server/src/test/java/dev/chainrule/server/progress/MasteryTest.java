package dev.chainrule.server.progress;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MasteryTest {

    @Test
    void noAttemptIsNotStarted() {
        assertEquals(Mastery.NOT_STARTED, Mastery.of(List.of()));
    }

    @Test
    void fewerThanThreeAttemptsArePractisingEvenWhenPerfect() {
        assertEquals(Mastery.PRACTISING, Mastery.of(List.of(1.0)));
        assertEquals(Mastery.PRACTISING, Mastery.of(List.of(1.0, 1.0)));
    }

    @Test
    void threeOrMoreAttemptsAveragingAtLeastEightyPercentAreSecure() {
        assertEquals(Mastery.SECURE, Mastery.of(List.of(1.0, 0.8, 0.6)));
        assertEquals(Mastery.PRACTISING, Mastery.of(List.of(1.0, 0.8, 0.59)));
        assertEquals(Mastery.SECURE, Mastery.of(List.of(1.0, 1.0, 1.0, 1.0, 0.0)));
        assertEquals(Mastery.PRACTISING, Mastery.of(List.of(1.0, 1.0, 1.0, 0.5, 0.0)));
    }
}
