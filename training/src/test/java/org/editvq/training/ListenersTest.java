package org.editvq.training;

import org.editvq.models.ModelKind;
import org.editvq.models.StepStats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ListenersTest {

    private static StepStats stats(double loss, int[] codes, double perplexity, int restarted) {
        return new StepStats(loss, loss, 0, 0, 0, 0, 10, 5, codes, perplexity, (int) java.util.Arrays.stream(codes)
                .distinct().count(), restarted);
    }

    @Test
    void codebookListenerSummarizesEachWindow() {
        CodebookListener l = new CodebookListener(2, 8);
        l.onStep(1, stats(1, new int[]{0, 1, 1}, 1.9, 0), 0.01, 1, 100);
        assertNull(l.last());
        l.onStep(2, stats(1, new int[]{2, 2}, 1.0, 3), 0.01, 1, 100);
        assertEquals(new CodebookListener.Summary(2, 3, 8, 1.45, 3, 3), l.last());
        l.onStep(3, stats(1, new int[]{5}, 1.0, 1), 0.01, 1, 100);
        l.onStep(4, stats(1, new int[]{5}, 1.0, 0), 0.01, 1, 100);
        assertEquals(new CodebookListener.Summary(4, 1, 8, 1.0, 1, 4), l.last());
        // Models without a codebook report empty code arrays: ignored.
        l.onStep(6, stats(1, new int[0], 0, 0), 0.01, 1, 100);
        assertEquals(4, l.last().step());
    }

    @Test
    void historyRecorderAveragesTrainingWindowsAndRecordsEvaluations() {
        HistoryRecorder h = new HistoryRecorder(2, List.of(Map.of("type", "eval", "step", 1), Map.of("step", 9)));
        h.truncateAfter(4); // the step-9 entry came from a session that was not checkpointed
        h.onStep(5, stats(2.0, new int[]{1}, 1, 0), 0.5, 3.0, 100);
        h.onStep(6, stats(4.0, new int[]{2}, 1, 1), 0.25, 5.0, 300);
        h.onEvaluation(new Evaluation(6, 1, 1.5, 1.25, 0.5, true, 1.5, 0));
        List<Map<String, Object>> e = h.entries();
        assertEquals(3, e.size());
        Map<String, Object> train = e.get(1);
        assertEquals("train", train.get("type"));
        assertEquals(6L, train.get("step"));
        assertEquals(3.0, train.get("loss"));
        assertEquals(4.0, train.get("gradNorm"));
        assertEquals(0.25, train.get("lr"));
        assertEquals(200.0, train.get("tokensPerSecond"));
        assertEquals(2, train.get("codesUsed"));
        assertEquals(1L, train.get("codesRestarted"));
        assertEquals(1.5, e.get(2).get("validLoss"));
        assertEquals(true, e.get(2).get("improved"));
    }

    @Test
    void klWeightAnnealsLinearlyForTheEditVaeOnly() {
        var vae = Toy.config(ModelKind.EDIT_VAE, 0); // klWeight 0.5 over 20 steps
        assertEquals(0.025, Trainer.klWeight(vae, 1), 1e-15);
        assertEquals(0.25, Trainer.klWeight(vae, 10), 1e-15);
        assertEquals(0.5, Trainer.klWeight(vae, 20));
        assertEquals(0.5, Trainer.klWeight(vae, 1000));
        assertEquals(0.0, Trainer.klWeight(Toy.config(ModelKind.EDIT_VQVAE, 0), 10));
    }
}
