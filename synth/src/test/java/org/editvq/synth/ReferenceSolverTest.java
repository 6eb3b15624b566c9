package org.editvq.synth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference solvers on tiny inputs whose answers were worked out by hand. */
class ReferenceSolverTest {
    private static String solve(String id, String input) {
        return SynthProblems.byId(id).orElseThrow().solve(input);
    }

    @Test
    void handWorkedCases() {
        // sums 1+2 and 2+3
        assertEquals("Case #1:\n3\n5\n", solve("range-sums", "1\n3 2\n1 2 3\n1 2\n2 3\n"));
        assertEquals("Case #1:\nYES\nNO\n", solve("membership", "1\n3 2\n4 8 15\n8 9\n"));
        // sorted: 2 5 9
        assertEquals("Case #1:\n2\n9\n5\n", solve("kth-smallest", "1\n3 3\n9 2 5\n1 3 2\n"));
        assertEquals("Case #1:\n1\n2\n-1\n", solve("first-index", "1\n3 3\n5 3 5\n5 3 7\n"));
        // merge 1+2 (cost 3), then 3+3 (cost 6): 9; a single pile costs nothing
        assertEquals("Case #1: 9\nCase #2: 0\n", solve("merge-costs", "2\n3\n1 2 3\n1\n7\n"));
        assertEquals("Case #1: ace\n", solve("initials", "1\n3\nab cd e\n"));
        // 0 stairs: 1 way; 3: 111, 12, 21, 3; 4: 4 + 2 + 1
        assertEquals("Case #1: 1\nCase #2: 4\nCase #3: 7\n", solve("stairs", "3\n0\n3\n4\n"));
        // 1+4 and 2+3; three equal values give three pairs
        assertEquals("Case #1: 2\nCase #2: 3\n", solve("pair-sums", "2\n4 5\n1 4 2 3\n3 4\n2 2 2\n"));
        assertEquals("Case #1: 1 2 3\nCase #2: 7\n", solve("distinct-line", "2\n5\n3 1 3 2 1\n1\n7\n"));
    }

    @Test
    void generatedInputsAreDeterministicAndStartWithTheCaseCount() {
        for (SynthProblem p : SynthProblems.all()) {
            String small = p.generateInput(5, false);
            assertEquals(small, p.generateInput(5, false));
            int t = Integer.parseInt(small.lines().findFirst().orElseThrow().trim());
            assertEquals(t, p.solve(small).lines().filter(l -> l.startsWith("Case #")).count(), p.id());
            assertTrue(p.generateInput(5, true).length() > 20 * small.length(), p.id());
        }
    }
}
