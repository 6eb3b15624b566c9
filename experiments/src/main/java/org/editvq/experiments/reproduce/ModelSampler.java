package org.editvq.experiments.reproduce;

import org.editvq.dataset.pairs.TestInput;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeOptions;
import org.editvq.models.Decoded;
import org.editvq.models.EditModel;
import org.editvq.models.Generator;
import org.editvq.models.ModelKind;
import org.editvq.training.EditDecoding;
import org.editvq.training.EditTargets;
import org.editvq.training.Seeds;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the N samples of Table 1 for one test input, the way the paper compares the models:
 * <ul>
 *   <li>Edit-VQ-VAE: one greedy decode under each codebook entry (sample i uses latent i mod K);</li>
 *   <li>VQ-VAE: greedy decodes under N codebook entries drawn from its uniform prior, without replacement when
 *       N &lt;= K (N distinct codes), with replacement when N &gt; K;</li>
 *   <li>Edit-VAE: greedy decodes under N draws from its N(0, I) prior;</li>
 *   <li>Transformer and Transformer*: N ancestral samples at the given temperature and top-k.</li>
 * </ul>
 * The latent models decode greedily because their latent is the source of diversity (the paper: "the Edit-VQVAE
 * generates 1 program per latent"); the Transformers have no latent, so a greedy decode would give one program N
 * times and they sample ("to generate different programs given one input program, we simply randomly sample
 * outputs").
 * Every decode stops at EOS or at {@code min(maxTargetLength, 1.5 × input length + 32)} tokens (a
 * faster version is rarely much longer than its input; an undertrained model that never emits
 * EOS would otherwise cost the full target length per sample).
 * A model with an edit decoder has each script decoded and applied to the input as its {@link EditDecoding}
 * says (by default under the script grammar, with parse-checked application).
 * The random draws of input {@code index} come from the run's seed alone, so a resumed run
 * draws exactly what an uninterrupted one would.
 */
public final class ModelSampler {
    private static final long SAMPLE_STREAM = 0x53414d5000000000L;
    private final EditModel model;
    private final Vocabulary vocabulary;
    private final Generator generator;
    private final int samples;
    private final double temperature;
    private final int topK;
    private final long seed;
    private final EditDecoding editDecoding;
    private final org.editvq.core.canon.Canonicalizer canonicalizer;

    /**
     * A sampler for one trained model whose decodes split their samples over {@code workers} (the
     * samples do not depend on the number of workers); {@code editDecoding}: how an edit decoder's scripts are
     * decoded and applied, {@code canonicalizer} the parse check of {@link EditDecoding#CHECKED} (null otherwise).
     */
    public ModelSampler(EditModel model, Vocabulary vocabulary, int samples, double temperature, int topK, long seed,
                        org.editvq.models.Workers workers, EditDecoding editDecoding,
                        org.editvq.core.canon.Canonicalizer canonicalizer) {
        if (editDecoding == EditDecoding.CHECKED && canonicalizer == null) {
            throw new IllegalArgumentException("checked edit decoding needs the corpus language's canonicalizer");
        }
        this.model = model;
        this.vocabulary = vocabulary;
        this.generator = new Generator(model, workers);
        this.samples = samples;
        this.temperature = temperature;
        this.topK = topK;
        this.seed = seed;
        this.editDecoding = java.util.Objects.requireNonNull(editDecoding, "editDecoding");
        this.canonicalizer = canonicalizer;
    }

    /** Whether the model can read this input (non-empty and within the source length limit). */
    public static boolean fits(TestInput test, int maxSourceLength) {
        return test.input().length() <= maxSourceLength && test.input().length() > 0;
    }

    /** The N samples for test input number {@code index}. */
    public List<SampleFile.Sample> sample(TestInput test, int index) {
        ModelKind kind = model.config().kind();
        int[] source = vocabulary.encode(test.input().tokens());
        int maxLength = Math.min(model.config().maxTargetLength(), source.length + source.length / 2 + 32);
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, SAMPLE_STREAM, index));
        int[] codes = new int[samples];
        INDArray latents = null;
        DecodeOptions options = DecodeOptions.greedy(maxLength);
        switch (kind) {
            case EDIT_VQVAE -> {
                for (int i = 0; i < samples; i++) {
                    codes[i] = i % model.config().codebookSize();
                }
                latents = model.latents(codes, samples, random);
            }
            case VQVAE -> {
                int k = model.config().codebookSize();
                if (samples <= k) {
                    int[] permutation = new int[k];
                    for (int i = 0; i < k; i++) {
                        permutation[i] = i;
                    }
                    for (int i = 0; i < samples; i++) { // partial Fisher-Yates: the first N of a random permutation
                        int j = i + random.nextInt(k - i);
                        int t = permutation[i];
                        permutation[i] = permutation[j];
                        permutation[j] = t;
                        codes[i] = permutation[i];
                    }
                } else {
                    for (int i = 0; i < samples; i++) {
                        codes[i] = random.nextInt(k);
                    }
                }
                latents = model.latents(codes, samples, random);
            }
            case EDIT_VAE -> {
                java.util.Arrays.fill(codes, -1);
                latents = model.latents(null, samples, random);
            }
            case TRANSFORMER, TRANSFORMER_STAR -> {
                java.util.Arrays.fill(codes, -1);
                options = DecodeOptions.sample(maxLength, temperature, topK);
            }
            default -> throw new IllegalStateException("no sampling rule for " + kind);
        }
        List<Decoded> decoded = generator.decode(source, latents, samples, options, random,
                editDecoding.constraint(model.config().decoder(), vocabulary, source));
        java.util.function.Predicate<List<String>> check = editDecoding.check(canonicalizer);
        List<SampleFile.Sample> out = new ArrayList<>(samples);
        for (int i = 0; i < decoded.size(); i++) {
            Decoded d = decoded.get(i);
            List<String> program = EditTargets.program(model.config().decoder(), vocabulary, source,
                    test.input().tokens(), d, check).tokens();
            out.add(new SampleFile.Sample(codes[i], program, d.finished(), d.logProb()));
        }
        return out;
    }
}
