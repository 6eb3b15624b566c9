package org.editvq.canonicalizer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.editvq.canonicalizer.testing.GoogleJam4;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link CanonicalizationBenchmark} on googlejam4. Excluded from the default build; run with
 * {@code mvn -B -o -pl canonicalizer -am test -Dtest=CanonicalizationBenchmarkTest -Dcanonicalizer.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class CanonicalizationBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(CanonicalizationBenchmarkTest.class);

    @Test
    void canonicalizationAgainstRawParsing() throws IOException {
        Optional<Path> tar = GoogleJam4.locate();
        assumeTrue(tar.isPresent(), "googlejam4.tar not found");
        CanonicalizationBenchmark.Report report = new CanonicalizationBenchmark().run(tar.get(), 5);
        LOG.info("benchmark: {}", report);
        assertTrue(report.files() > 0 && report.medianTokens() > 0, report::toString);
    }

    @Test
    void pythonCanonicalizationAgainstRawParsing() throws IOException {
        Path stdlib = Path.of("/usr/lib/python3.11");
        assumeTrue(Files.isDirectory(stdlib), "no Python 3.11 standard library");
        PythonCanonicalizationBenchmark.Report report = new PythonCanonicalizationBenchmark().run(stdlib, 3);
        LOG.info("benchmark: {}", report);
        assertTrue(report.files() > 0 && report.medianTokens() > 0, report::toString);
    }
}
