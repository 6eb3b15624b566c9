package org.editvq.examples.cli;

import org.editvq.models.DecodeOptions;
import org.editvq.inference.decode.ProgramDecoder;
import org.editvq.training.EditDecoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code editvq decode}: a program under chosen latents (or samples) of a trained model. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode a source file under latents of a trained Edit-VQ-VAE/VQ-VAE, or sample outputs of the"
                + " other models; prints each output as code.")
public final class DecodeCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle folder")
    Path model;
    @Parameters(index = "0", description = "source file (.java or .py)")
    Path file;
    @Option(names = "--latent", defaultValue = "all", description = "latent index, comma-separated indices, or all (default: ${DEFAULT-VALUE})")
    String latent;
    @Option(names = "--samples", defaultValue = "1", description = "outputs for models without a codebook (default: ${DEFAULT-VALUE})")
    int samples;
    @Option(names = "--max-length", defaultValue = "1024", description = "most tokens per output (default: ${DEFAULT-VALUE})")
    int maxLength;
    @Option(names = "--temperature", description = "sample with this temperature instead of greedy decoding")
    Double temperature;
    @picocli.CommandLine.Mixin
    BeamOption beam = new BeamOption();
    @Option(names = "--top-k", defaultValue = "0", description = "with --temperature: sample among the k most likely tokens (0 = all)")
    int topK;
    @Option(names = "--seed", defaultValue = "0")
    long seed;
    @Option(names = "--edit-decoding", defaultValue = "checked", paramLabel = "MODE", description = "edit decoders:"
            + " checked (script grammar, hunks kept only while the program parses), grammar (script grammar only) or"
            + " free (no grammar; docs/edit-decoding.md) (default: ${DEFAULT-VALUE})")
    String editDecoding;
    @Option(names = "--tokens", description = "print canonical tokens instead of rendered code")
    boolean tokens;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() {
        try {
            int[] latents = latent.equalsIgnoreCase("all") ? new int[0]
                    : Arrays.stream(latent.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            if (beam.width() != 1 && temperature != null) {
                throw new IllegalArgumentException("--beam is for greedy decoding; drop --temperature or --beam");
            }
            DecodeOptions options = temperature == null ? DecodeOptions.greedy(maxLength).withBeamWidth(beam.width())
                    : DecodeOptions.sample(maxLength, temperature, topK);
            ProgramDecoder.Result result = ProgramDecoder.decode(model, file,
                    new ProgramDecoder.Request(latents, samples, options, seed, threads.count(),
                            EditDecoding.parse(editDecoding)));
            System.out.printf("# %s: %d canonical tokens (%d unknown to the model)%n", file,
                    result.sourceTokens().size(), result.unknownTokens());
            for (ProgramDecoder.Output o : result.outputs()) {
                System.out.printf("%n## %s (log-likelihood/token %.3f%s%s)%n", o.label(), o.logLikelihoodPerToken(),
                        o.finished() ? "" : ", cut at the length limit", o.hunks() == 0 ? ""
                                : ", " + o.hunks() + " edit hunks, " + o.droppedHunks() + " dropped");
                if (tokens && !o.script().isEmpty()) {
                    System.out.println("# edit script: " + String.join(" ", o.script()));
                }
                System.out.println(tokens ? String.join(" ", o.tokens()) : o.code());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("editvq decode: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("editvq decode: " + e);
            return 1;
        }
    }
}
