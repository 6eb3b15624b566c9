package org.editvq.inference.suggest;

import org.editvq.inference.diff.LineDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatentProfilesTest {
    @Test
    void countsNgramsInsideRunsOfInsertionsAndDeletions() {
        List<String> slow = List.of("for", "v", "in", "v", ":", "x", "y");
        List<String> fast = List.of("v", "=", "set", "(", "v", ")", ":", "x", "y");
        List<LineDiff.Line> script = LineDiff.script(slow, fast);
        Map<String, Integer> deleted = new TreeMap<>();
        LatentProfiles.countNgrams(script, LineDiff.Op.DELETE, deleted);
        Map<String, Integer> inserted = new TreeMap<>();
        LatentProfiles.countNgrams(script, LineDiff.Op.INSERT, inserted);
        assertEquals(TokenEdits.apply(slow, script), fast);
        // script: -for  v  -in +=  +set +(  v  +)  :  x  y
        assertEquals(Map.of("for", 1, "in", 1), deleted);
        assertEquals(Map.of("=", 1, "set", 1, "(", 1, "= set", 1, "set (", 1, "= set (", 1, ")", 1), inserted);
        assertEquals("-[for]  -[in] +[= set (]  (+1 more)", LatentProfiles.shortDiff(script, 2, 12));
        assertEquals("-[in] +[= set …]", LatentProfiles.shortDiff(script, 3, 2).split("  ")[1]);
        assertEquals("(no change)", LatentProfiles.shortDiff(LineDiff.script(slow, slow), 3, 12));
    }
}
