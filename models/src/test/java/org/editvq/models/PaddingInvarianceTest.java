package org.editvq.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Padding never changes outputs: the loss of a padded two-pair batch is the token-weighted
 * mean of the losses of each pair alone (only possible if no padded position leaks).
 */
class PaddingInvarianceTest {
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void batchLossIsTokenWeightedMeanOfSingleLosses(ModelKind kind) {
        EditModel model = new EditModel(GradientCheckTest.tinyModel(kind).config(), DataType.DOUBLE);
        int[] shortX = {5, 6};
        int[] shortY = {7};
        int[] longX = {9, 8, 7, 6, 5, 10, 10};
        int[] longY = {6, 6, 7, 8, 9};
        StepStats a = model.evaluate(PairBatch.of(List.of(shortX), List.of(shortY)));
        StepStats b = model.evaluate(PairBatch.of(List.of(longX), List.of(longY)));
        StepStats both = model.evaluate(PairBatch.of(List.of(shortX, longX), List.of(shortY, longY)));
        double expected = (a.reconstruction() * a.targetTokens() + b.reconstruction() * b.targetTokens())
                / (a.targetTokens() + b.targetTokens());
        assertEquals(expected, both.reconstruction(), 1e-10);
        assertEquals(a.targetTokens() + b.targetTokens(), both.targetTokens(), 0);
    }
}
