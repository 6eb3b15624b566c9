package org.editvq.api;

import org.editvq.core.manifest.RunManifest;
import org.editvq.training.TrainingResult;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A training run that ended, with its provenance.
 *
 * @param result   how it ended: outcome, steps, losses, speed, where the bundle is
 * @param manifest the bundle's manifest: model and training settings, the data hash and data report
 *                 (pairs kept and dropped, vocabulary size), editvq and ND4J versions, environment, metrics
 */
public record Trained(TrainingResult result, RunManifest manifest) {
    public Trained {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(manifest, "manifest");
    }

    /** The trained model (best-validated weights). */
    public Model model() throws IOException {
        return EditVq.load(result.bundle());
    }

    /** The data report the run recorded (pairs offered, kept, too long; vocabulary size; pair settings). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> data() {
        Object data = manifest.parameters().get("data");
        return data instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** One paragraph: outcome, steps, losses, kept pairs, vocabulary, data hash, bundle. */
    public String report() {
        Map<String, Object> d = data();
        return String.format(Locale.ROOT, "%s after %d steps (%s); best validation loss %.4f at step %d;"
                        + " %s of %s training pairs kept, vocabulary %s tokens; data %s; bundle %s",
                result.outcome(), result.step(), result.message(), result.bestValidLoss(), result.bestStep(),
                d.get("trainKept"), d.get("trainOffered"), d.get("vocabSize"),
                manifest.dataHash().substring(0, Math.min(12, manifest.dataHash().length())), result.bundle());
    }
}
