package org.editvq.models;

import org.editvq.models.nn.Param;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Finite-difference checks, in double precision, of every hand-written backward pass: the
 * analytic gradient of the total loss must match central differences of the forward loss.
 *
 * <p>For the VQ models the straight-through estimator is by design not the derivative of the
 * loss with respect to the latent encoder, the codebook and the shared token table (through
 * the encoder path); those parameters are checked by {@link VectorQuantizerTest} instead, and
 * here only the seq2seq layers are compared.
 */
class GradientCheckTest {

    static EditModel tinyModel(ModelKind kind) {
        ModelConfig config = ModelConfig.builder(Preset.SMOKE, kind).vocabSize(11).dims(8, 2, 12).layers(1, 1, 1)
                .regularization(0.0, 0.1).codebookSize(4).commitmentBeta(0.25).restarts(0, 0.0)
                .klWeight(0.5).klAnnealSteps(0).maxSourceLength(12).maxTargetLength(12).seed(3)
                .codebookOptions(CodebookOptions.LEGACY).build();
        return new EditModel(config, DataType.DOUBLE);
    }

    static PairBatch tinyBatch() {
        return PairBatch.of(
                List.of(new int[]{5, 6, 7, 8, 9}, new int[]{6, 5, 10}, new int[]{7, 7, 8, 9}),
                List.of(new int[]{5, 7, 8}, new int[]{10, 5, 6, 6}, new int[]{9, 8}));
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void analyticGradientsMatchFiniteDifferences(ModelKind kind) {
        check(tinyModel(kind), kind);
    }

    /**
     * z also added to the decoder's input embeddings: for the Edit-VAE every parameter is compared,
     * so the latent's gradient through the decoder embeddings is checked end to end.
     */
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"EDIT_VQVAE", "VQVAE", "EDIT_VAE"})
    void analyticGradientsMatchWithTheLatentInTheDecoderToo(ModelKind kind) {
        EditModel plain = tinyModel(kind);
        EditModel model = new EditModel(plain.config().withLatentInjection(LatentInjection.ENCODER_AND_DECODER),
                DataType.DOUBLE);
        // the injection changes the loss (the test would be vacuous if z never reached the decoder)
        double before = plain.forwardLoss(tinyBatch(), new SplittableRandom(11), 0.5).loss();
        double after = model.forwardLoss(tinyBatch(), new SplittableRandom(11), 0.5).loss();
        assertTrue(Math.abs(before - after) > 1e-6, before + " vs " + after);
        check(model, kind);
    }

    private static void check(EditModel model, ModelKind kind) {
        PairBatch batch = tinyBatch();
        double klWeight = 0.5;
        model.params().zeroGrad();
        model.gradientOnly(batch, new SplittableRandom(11), klWeight);
        boolean straightThrough = kind.discrete();
        SplittableRandom pick = new SplittableRandom(5);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Param p : model.params().all()) {
            boolean seq2seqLayer = p.name().startsWith("enc.") || p.name().startsWith("dec.");
            if (straightThrough && !seq2seqLayer) {
                continue;
            }
            long n = p.value().length();
            for (int trial = 0; trial < Math.min(4, n); trial++) {
                long i = pick.nextLong(n);
                double original = p.value().getDouble(i);
                double eps = 1e-5;
                p.value().putScalar(i, original + eps);
                double plus = model.forwardLoss(batch, new SplittableRandom(11), klWeight).loss();
                p.value().putScalar(i, original - eps);
                double minus = model.forwardLoss(batch, new SplittableRandom(11), klWeight).loss();
                p.value().putScalar(i, original);
                double numeric = (plus - minus) / (2 * eps);
                double analytic = p.grad().getDouble(i);
                double error = Math.abs(numeric - analytic) / Math.max(1e-6, Math.abs(numeric) + Math.abs(analytic));
                checked++;
                if (error > 1e-4) {
                    failures.add(String.format("%s[%d]: analytic %.8g numeric %.8g rel.err %.2e", p.name(), i,
                            analytic, numeric, error));
                }
            }
        }
        assertTrue(checked > 40, "too few parameters checked: " + checked);
        if (!failures.isEmpty()) {
            fail(kind + ": " + failures.size() + " of " + checked + " gradients differ:\n" + String.join("\n", failures));
        }
    }
}
