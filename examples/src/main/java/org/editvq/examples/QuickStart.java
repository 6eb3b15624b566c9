package org.editvq.examples;

import org.editvq.api.*;
import org.editvq.core.data.*;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.models.*;
import org.editvq.training.TrainingConfig;
import org.editvq.inference.suggest.Suggestion;
import java.nio.file.Path;

/** Train on a small CSV, load the model, print suggestions (docs/user-guide.md). Args: [corpus.csv] [bundle-dir]. */
public final class QuickStart {
    public static void main(String[] args) throws Exception {
        String csv = args.length > 0 ? args[0] : "examples/quickstart/tiny-corpus.csv";
        Path out = Path.of(args.length > 1 ? args[1] : "quickstart-model");
        Corpus corpus = EditVq.corpus(csv);                        // corpus.report(): what was skipped and why
        Pairs pairs = EditVq.pairs(corpus, csv, PairConfig.builder().minRouge(0.3).testInputs(1).seed(1).build());
        System.out.println(pairs.report());
        ModelConfig.Builder model = ModelConfig.builder(Preset.SMOKE, ModelKind.EDIT_VQVAE)
                .codebookSize(4).maxLengths(400).decoder(DecoderTarget.EDITS).seed(1);
        Trained run = EditVq.train(pairs, model, TrainingConfig.builder(Preset.SMOKE, 1).maxSteps(60).evalInterval(20)
                .build(), out);                                    // out: a bundle; EditVq.resume continues it
        System.out.println(run.report());
        String slow = corpus.submissions().get(0).source();        // the slowest variant of the first problem
        for (Suggestion s : EditVq.load(out).suggest(slow, Language.JAVA).suggestions()) {
            System.out.printf("latents %s, score %.3f%s%n%s%n", s.latents(), s.score(), s.noChange() ? ", no change" : "",
                    s.diff());
        }
    }
}
