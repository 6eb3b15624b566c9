package org.editvq.canonicalizer.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.editvq.canonicalizer.testing.GoogleJam4;
import org.editvq.canonicalizer.testing.Invariants;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationResult;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every googlejam4 submission canonicalizes without a crash; skipped when the corpus is absent. */
class GoogleJam4CanonicalizationTest {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleJam4CanonicalizationTest.class);

    /** Every how many canonicalized files the (slower) invariants are checked; {@code -Deditvq.invariantSampleEvery=1} for all. */
    private static final int SAMPLE_EVERY = Math.max(1, Integer.getInteger("editvq.invariantSampleEvery", 10));

    private final JavaCanonicalizer canonicalizer = new JavaCanonicalizer();

    @Test
    void everySubmissionCanonicalizesAndSampledOnesKeepTheInvariants() throws IOException {
        Optional<Path> tar = GoogleJam4.locate();
        assumeTrue(tar.isPresent(), "googlejam4.tar not found (set -Deditvq.googlejam4=...)");
        List<GoogleJam4.Member> members = GoogleJam4.read(tar.get());
        assumeTrue(!members.isEmpty(), "no Java members in " + tar.get());
        List<String> crashes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int index = 0;
        for (GoogleJam4.Member member : members) {
            try {
                CanonicalizationResult result = canonicalizer.canonicalize(member.source(), CanonicalizationMode.INDEXED);
                if (!result.ok()) {
                    failures.add(member.name() + ": " + result.problems().get(0));
                } else if (index++ % SAMPLE_EVERY == 0) {
                    Invariants.assertMapReproducesOriginals(result);
                    Invariants.assertIdempotent(canonicalizer, member.source());
                    Invariants.assertRenamingAndLayoutInvariant(canonicalizer, member.source());
                }
            } catch (RuntimeException e) {
                crashes.add(member.name() + ": " + e);
            }
        }
        LOG.info("googlejam4: {} Java files, {} canonicalized, {} failed, {} crashed", members.size(),
                members.size() - failures.size() - crashes.size(), failures.size(), crashes.size());
        failures.forEach(f -> LOG.info("  failed {}", f));
        assertEquals(List.of(), crashes, "crashes");
        assertEquals(List.of(), failures, "unparsable submissions");
    }
}
