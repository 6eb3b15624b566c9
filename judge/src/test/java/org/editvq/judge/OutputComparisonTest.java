package org.editvq.judge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputComparisonTest {
    @Test
    void caseLabelWhitespaceAndBlankLinesDoNotMatter() {
        assertTrue(OutputComparison.compare("Case #1: 3\nCase #2: 4\n", "case #1:   3\r\n\n  CASE #2: 4").accepted());
    }

    @Test
    void floatsCompareWithToleranceIntegersExactly() {
        assertTrue(OutputComparison.compare("Case #1: 0.3333333", "Case #1: 0.33333331").accepted());
        assertTrue(OutputComparison.compare("Case #1: 1e9", "Case #1: 1000000000.0005").accepted());
        assertFalse(OutputComparison.compare("Case #1: 0.5", "Case #1: 0.51").accepted());
        assertFalse(OutputComparison.compare("Case #1: 10", "Case #1: 11").accepted());
    }

    @Test
    void rejectionsSayWhere() {
        CheckResult r = OutputComparison.compare("Case #1: 3 4", "Case #1: 3 5");
        assertFalse(r.accepted());
        assertEquals("token 4: expected '4', got '5'", r.reason());
        assertEquals("expected 3 tokens, got 2", OutputComparison.compare("Case #1: 3", "Case #1:").reason());
    }

    @Test
    void tokensLowerCaseOnlyTheCaseWord() {
        assertEquals(List.of("case", "#1:", "POSSIBLE"), OutputComparison.tokens(" CASE #1:\tPOSSIBLE \n"));
    }
}
