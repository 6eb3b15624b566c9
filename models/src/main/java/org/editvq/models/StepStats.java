package org.editvq.models;

/**
 * Losses and diagnostics of one training or evaluation step.
 *
 * @param loss            total loss that was differentiated
 * @param reconstruction  masked cross-entropy per target token (nats)
 * @param codebookLoss    VQ codebook loss (0 for other models)
 * @param commitmentLoss  VQ commitment loss, already multiplied by β
 * @param kl              KL divergence per sequence (Edit-VAE)
 * @param klWeight        weight the KL term had in this step
 * @param targetTokens    target tokens in the batch
 * @param correctTokens   target tokens whose argmax prediction was right
 * @param codes           assigned code per pair (VQ models; empty otherwise)
 * @param perplexity      exp(entropy) of the batch's code assignments
 * @param codesUsed       distinct codes in the batch
 * @param codesRestarted  dead codes restarted in this step
 */
public record StepStats(double loss, double reconstruction, double codebookLoss, double commitmentLoss, double kl,
                        double klWeight, double targetTokens, double correctTokens, int[] codes, double perplexity,
                        int codesUsed, int codesRestarted) {

    /** Fraction of target tokens predicted right. */
    public double tokenAccuracy() {
        return targetTokens == 0 ? 0 : correctTokens / targetTokens;
    }
}
