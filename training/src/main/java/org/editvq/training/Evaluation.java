package org.editvq.training;

/**
 * One validation pass (deterministic: no dropout, latents from the posterior).
 *
 * @param step           step after which it ran
 * @param epoch          epoch counter at that point (completed epochs)
 * @param loss           total loss, mean over validation pairs (batch losses weighted by batch size)
 * @param reconstruction cross-entropy per target token (nats)
 * @param tokenAccuracy  share of target tokens predicted right (teacher forcing)
 * @param improved       whether it improved the best validation loss
 * @param bestLoss       best validation loss after this evaluation
 * @param evalsWithoutImprovement patience counter after this evaluation
 * @param ownCodeNll     negative log-likelihood per target token (nats, no label smoothing) under each pair's
 *                       own code (VQ models; NaN otherwise)
 * @param otherCodeNll   the same under a code drawn uniformly from the K − 1 others for each pair; how much
 *                       it exceeds {@code ownCodeNll} is how much the decoder uses z
 */
public record Evaluation(long step, int epoch, double loss, double reconstruction, double tokenAccuracy,
                         boolean improved, double bestLoss, int evalsWithoutImprovement, double ownCodeNll,
                         double otherCodeNll) {

    /** An evaluation without the z check (models without a codebook). */
    public Evaluation(long step, int epoch, double loss, double reconstruction, double tokenAccuracy,
                      boolean improved, double bestLoss, int evalsWithoutImprovement) {
        this(step, epoch, loss, reconstruction, tokenAccuracy, improved, bestLoss, evalsWithoutImprovement,
                Double.NaN, Double.NaN);
    }

    /** {@code otherCodeNll − ownCodeNll}: nats per token the pair's own code is worth (NaN without a codebook). */
    public double latentGain() {
        return otherCodeNll - ownCodeNll;
    }
}
