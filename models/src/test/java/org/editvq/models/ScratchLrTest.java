package org.editvq.models;

import org.editvq.models.optim.Adam;
import org.editvq.models.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import java.util.SplittableRandom;

class ScratchLrTest {
    @Test
    void curves() {
        for (String spec : System.getProperty("specs", "transformer:1:0.01:0").split(",")) {
            String[] f = spec.split(":");
            ModelKind kind = ModelKind.parse(f[0]);
            int edits = Integer.parseInt(f[1]);
            double lr = Double.parseDouble(f[2]);
            double clip = Double.parseDouble(f[3]);
            EditModel model = new EditModel(OverfitTest.toyConfig(kind), DataType.FLOAT);
            SplittableRandom data = new SplittableRandom(1), noise = new SplittableRandom(2);
            Adam adam = Adam.transformerDefaults(model.params(), clip);
            LearningRateSchedule s = new LearningRateSchedule(lr, 50);
            StringBuilder sb = new StringBuilder(spec + ":");
            long t0 = System.nanoTime();
            for (int step = 1; step <= 600; step++) {
                StepStats st = model.trainStep(ToyEdits.batch(ToyEdits.sample(32, edits, data)), noise, model.config().klWeight());
                double norm = adam.update(s.at(step));
                if (step % 100 == 0) sb.append(String.format(" %d:%.3f(n%.2f,u%d)", step, st.reconstruction(), norm, st.codesUsed()));
            }
            sb.append(String.format(" %.1f ms/step", (System.nanoTime() - t0) / 1e6 / 600));
            System.out.println(sb);
        }
    }
}
