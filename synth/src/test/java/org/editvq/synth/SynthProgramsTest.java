package org.editvq.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A sample of generated submissions compiles and agrees with the reference solver on small inputs
 * (all variants of all problems: the bench-tagged {@link SynthBenchmarkTest}).
 */
class SynthProgramsTest {
    @Test
    void sampledVariantsCompileAndMatchTheReference(@TempDir Path tmp) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (SynthProblem p : SynthProblems.all()) {
            String input = p.generateInput(random.nextLong(), false);
            String expected = p.solve(input);
            List<Map<EditCategory, Choice>> variants = new ArrayList<>(List.of(Variants.all(p, Choice.SLOW),
                    Variants.all(p, Choice.FAST), Variants.random(p, random), Variants.random(p, random)));
            for (Map<EditCategory, Choice> choices : variants) {
                SynthSource s = p.render(choices, random.nextLong());
                Path dir = InProcessJava.compile(s, tmp);
                assertEquals(expected, InProcessJava.run(dir, s.className(), input), p.id() + " " + choices + "\n" + s.text());
            }
        }
    }

    @Test
    void differentStyleSeedsChangeTheSurfaceNotTheBehaviour(@TempDir Path tmp) throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        for (SynthProblem p : SynthProblems.all()) {
            Map<EditCategory, Choice> choices = Variants.random(p, random);
            String input = p.generateInput(random.nextLong(), false);
            SynthSource a = p.render(choices, 1);
            SynthSource b = p.render(choices, 2);
            assertNotEquals(a.text(), b.text(), p.id());
            assertEquals(InProcessJava.run(InProcessJava.compile(a, tmp), a.className(), input),
                    InProcessJava.run(InProcessJava.compile(b, tmp), b.className(), input), p.id());
        }
    }
}
