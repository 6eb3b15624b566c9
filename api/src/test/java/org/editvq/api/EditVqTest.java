package org.editvq.api;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.dataset.pairs.SyntheticPrograms;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;
import org.editvq.models.Preset;
import org.editvq.models.bundle.ModelBundle;
import org.editvq.training.TrainingConfig;
import org.editvq.training.TrainingData;
import org.editvq.training.TrainingOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditVqTest {

    private static Pairs pairs(long seed) {
        List<CanonicalProgram> programs = new SyntheticPrograms(2, 24, 12, 2, 15, 0.2, seed).generate();
        PairDataset ds = PairDatasetBuilder.build(programs, PairConfig.builder().rougeN(4).testInputs(2)
                .validFraction(0.2).seed(11).build());
        return new Pairs(ds, PairDatasetIO.manifest(ds, PairDatasetBuilder.inputHash(programs)), Optional.empty());
    }

    private static ModelConfig.Builder tiny() {
        return ModelConfig.builder(Preset.SMOKE, ModelKind.EDIT_VQVAE).dims(16, 2, 32).codebookSize(4).seed(3);
    }

    @Test
    void trainsRecordsTheLibrarysVocabularyAndHashAndResumesOnlyOnTheSamePairs(@TempDir Path tmp)
            throws IOException {
        Pairs pairs = pairs(5);
        Path out = tmp.resolve("model");
        TrainingConfig config = TrainingConfig.builder().batchSize(8).maxSteps(4).warmupSteps(2).seed(3).build();
        Trained first = EditVq.train(pairs, tiny(), config, out);
        assertEquals(TrainingOutcome.MAX_STEPS, first.result().outcome());
        assertEquals(4, first.result().step());
        // the hash and vocabulary are the library's, the same TrainingData computes for every path
        assertEquals(TrainingData.dataHash(pairs.dataset().train(), pairs.dataset().valid()),
                first.manifest().dataHash());
        Model model = first.model();
        assertEquals(TrainingData.vocabulary(pairs.dataset(), model.config().decoder()).tokens(),
                model.vocabulary().tokens());
        assertEquals(model.vocabulary().size(), ((Number) first.data().get("vocabSize")).intValue());
        assertEquals(pairs.dataset().train().size(), ((Number) first.data().get("trainOffered")).intValue());
        assertTrue(first.report().startsWith("MAX_STEPS after 4 steps"), first.report());

        assertThrows(IllegalArgumentException.class, () -> EditVq.train(pairs, tiny(), config, out),
                "an existing bundle is not overwritten");
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> EditVq.resume(out, pairs(6), 6));
        assertTrue(other.getMessage().contains("resume with the same pairs"), other.getMessage());

        Trained resumed = EditVq.resume(out, pairs, 6);
        assertEquals(6, resumed.result().step());
        assertEquals(first.manifest().dataHash(), resumed.manifest().dataHash());
        assertEquals(6, ModelBundle.load(out).training().orElseThrow().trainer().step());
    }

    @Test
    void pairsWrittenAndReadBackTrainTheSame(@TempDir Path tmp) throws IOException {
        Pairs pairs = pairs(5);
        pairs.write(tmp.resolve("pairs"));
        Pairs back = EditVq.readPairs(tmp.resolve("pairs"));
        assertEquals(pairs.dataset().train(), back.dataset().train());
        assertEquals(pairs.dataset().valid(), back.dataset().valid());
        assertTrue(back.report().contains(pairs.dataset().train().size() + " train"), back.report());
        assertTrue(back.skipped().isEmpty());
        assertFalse(back.corpus().isPresent());
    }

    @Test
    void aVocabularySizeThatIsNotTheLibrarysIsRefused(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EditVq.train(pairs(5),
                tiny().vocabSize(7), TrainingConfig.builder().maxSteps(1).build(), tmp.resolve("m")));
        assertTrue(e.getMessage().contains("leave vocabSize unset"), e.getMessage());
    }
}
