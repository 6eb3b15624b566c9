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
 */
public record Evaluation(long step, int epoch, double loss, double reconstruction, double tokenAccuracy,
                         boolean improved, double bestLoss, int evalsWithoutImprovement) {
}
