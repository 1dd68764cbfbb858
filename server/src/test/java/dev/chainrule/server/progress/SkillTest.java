package dev.chainrule.server.progress;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkillTest {

    @Test
    void eachBuiltInLessonTrainsItsSkill() {
        assertEquals(Skill.FORWARD_PASS, Skill.ofLesson("composed-functions"));
        assertEquals(Skill.FORWARD_PASS, Skill.ofLesson("performance-function"));
        assertEquals(Skill.CHAIN_RULE, Skill.ofLesson("chain-rule"));
        assertEquals(Skill.GATES, Skill.ofLesson("computational-graphs"));
        assertEquals(Skill.CROSS_CONNECTIONS, Skill.ofLesson("cross-connections"));
        assertEquals(Skill.DELTAS, Skill.ofLesson("deep-backprop"));
        assertEquals(Skill.SHORTCUTS, Skill.ofLesson("resnet-shortcuts"));
    }

    @Test
    void aLessonTheTableDoesNotNameTrainsOtherExercises() {
        assertEquals(Skill.OTHER, Skill.ofLesson("a-teachers-own-lesson"));
        assertEquals("skill.other", Skill.OTHER.messageKey());
    }
}
