package org.editvq.judge;

import org.editvq.core.data.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MajorityVoteTest {
    private static JudgeResult ran(String id, String outputHash) {
        return new JudgeResult("p", id, Language.JAVA, "h" + id, "f", JudgeStatus.UNVERIFIED, 1.0, 0.0, 5, 1.0, List.of(),
                "", outputHash, false);
    }

    @Test
    void strictMajorityDecidesWithoutOracle() {
        JudgeConfig config = JudgeConfig.defaults().withTests(Map.of("p", ProblemTests.inputOnly("p", "1\n")));
        List<JudgeResult> out = MajorityVote.apply(List.of(ran("1", "x"), ran("2", "x"), ran("3", "y")), config);
        assertEquals(List.of(JudgeStatus.ACCEPTED, JudgeStatus.ACCEPTED, JudgeStatus.WRONG_ANSWER),
                out.stream().map(JudgeResult::status).toList());
        assertEquals("majority output (2 of 3)", out.get(0).detail());
    }

    @Test
    void noStrictMajorityLeavesResultsUnverified() {
        JudgeConfig config = JudgeConfig.defaults().withTests(Map.of("p", ProblemTests.inputOnly("p", "1\n")));
        List<JudgeResult> out = MajorityVote.apply(
                List.of(ran("1", "x"), ran("2", "x"), ran("3", "y"), ran("4", "y")), config);
        out.forEach(r -> assertEquals(JudgeStatus.UNVERIFIED, r.status()));
        List<JudgeResult> single = MajorityVote.apply(List.of(ran("1", "x")), config);
        assertEquals(JudgeStatus.UNVERIFIED, single.get(0).status());
    }
}
