package org.editvq.models;

import org.editvq.models.nn.Arena;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Data parallelism inside one training step: the batch is cut into a fixed number of shards
 * (contiguous runs of its pairs), each shard runs forward and backward on its own replica of the
 * model (shard 0 on the model itself), and the replicas' gradients are added into the model's
 * flat gradient buffer in shard order before the optimizer step.
 *
 * <p>A step has five phases; phases 1, 3 and 5 run the shards on the {@link Workers} side by side:
 * <ol>
 *   <li>each shard's latent encoder forward, f(y) − f(x) for its rows [b_s, d];</li>
 *   <li>the bottleneck (quantizer or Gaussian) over all B rows at once, on the model that owns the
 *       codebook: statistics, restarts and the codebook, commitment and KL terms are the whole batch's;</li>
 *   <li>each shard's encoder-decoder forward and backward under its latent rows, the output loss
 *       divided by the whole batch's target tokens, down to dLatent [b_s, d];</li>
 *   <li>the bottleneck's backward over all rows;</li>
 *   <li>each shard's latent encoder backward.</li>
 * </ol>
 * Shard s draws its dropout from the s-th {@link SplittableRandom#split()} of the step's generator
 * and the bottleneck from the generator itself. Every shard writes its own gradient buffer and the
 * buffers are summed in shard order, so a step's numbers depend on the number of shards (a
 * training setting) but not on the number of threads: one core and two give the same weights, bit
 * for bit. With one shard the step is {@link EditModel#trainStep} itself.
 *
 * <p>Not thread-safe: one trainer drives it. The replicas' weights are copied from the model at
 * the start of every step, so the model may be changed (optimizer, codebook restarts, resume)
 * between steps.
 */
public final class DataParallel {
    private final EditModel model;
    private final int shards;
    private final Workers workers;
    private final List<EditModel> replicas = new ArrayList<>();

    /**
     * Data parallelism for {@code model} over {@code shards} shards per batch run by {@code workers}.
     * Replicas are built on first use.
     */
    public DataParallel(EditModel model, int shards, Workers workers) {
        this.model = Objects.requireNonNull(model, "model");
        this.workers = Objects.requireNonNull(workers, "workers");
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be >= 1: " + shards);
        }
        this.shards = shards;
        replicas.add(model);
    }

    /** The model whose gradients the steps accumulate. */
    public EditModel model() {
        return model;
    }

    /** Shards per batch (a batch of fewer pairs has one shard per pair). */
    public int shards() {
        return shards;
    }

    /** The workers running the shards. */
    public Workers workers() {
        return workers;
    }

    /**
     * Forward and backward of one batch: adds the gradients of the total loss to the model's
     * accumulators (the caller zeroes them, e.g. the optimizer step) and returns the losses, as
     * {@link EditModel#trainStep} does for an unsharded batch.
     */
    public StepStats trainStep(PairBatch batch, SplittableRandom random, double klWeight) {
        int count = Math.min(shards, batch.size());
        if (count == 1) {
            return model.trainStep(batch, random, klWeight);
        }
        List<PairBatch> parts = split(batch, count);
        List<SplittableRandom> randoms = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            randoms.add(random.split());
        }
        ensureReplicas(count);
        DataType type = model.params().dataType();
        List<Arena> arenas = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            arenas.add(new Arena(type));
        }
        try (Arena shared = new Arena(type)) {
            // 1. latent encoders (each replica starts from the model's weights and zero gradients)
            List<EditModel.Pass> passes = run(count, s -> {
                EditModel replica = replicas.get(s);
                if (s > 0) {
                    replica.params().flatValues().assign(model.params().flatValues());
                    replica.params().zeroGrad();
                }
                return replica.new Pass(arenas.get(s), parts.get(s), randoms.get(s));
            });
            // 2. the bottleneck over the whole batch
            EditModel.Bottleneck bottleneck = model.new Bottleneck(klWeight);
            INDArray latent = bottleneck.forward(shared, concat(shared, passes, true), true, random);
            double normalizer = 0;
            for (PairBatch p : parts) {
                normalizer += p.targetTokens();
            }
            double tokens = normalizer;
            // 3. encoder-decoder forward and backward per shard
            int[] offsets = offsets(parts);
            run(count, s -> {
                EditModel.Pass pass = passes.get(s);
                INDArray rows = latent == null ? null
                        : arenas.get(s).copyOf(latent.get(NDArrayIndex.interval(offsets[s], offsets[s + 1]),
                        NDArrayIndex.all()));
                pass.decode(rows, tokens, true);
                return pass;
            });
            // 4. the bottleneck's backward; 5. the latent encoders' backward per shard
            if (passes.get(0).hasLatent()) {
                INDArray dPre = bottleneck.backward(shared, concat(shared, passes, false));
                run(count, s -> {
                    passes.get(s).backwardLatent(arenas.get(s).copyOf(dPre.get(
                            NDArrayIndex.interval(offsets[s], offsets[s + 1]), NDArrayIndex.all())));
                    return passes.get(s);
                });
            }
            INDArray grads = model.params().flatGrads();
            double loss = 0;
            double correct = 0;
            for (int s = 0; s < count; s++) {
                if (s > 0) {
                    grads.addi(replicas.get(s).params().flatGrads());
                }
                loss += passes.get(s).output().loss();
                correct += passes.get(s).output().correct();
            }
            return bottleneck.stats(loss, tokens, correct);
        } finally {
            arenas.forEach(Arena::close);
        }
    }

    /** Cuts a batch into {@code count} contiguous shards whose sizes differ by at most one. */
    static List<PairBatch> split(PairBatch batch, int count) {
        List<PairBatch> parts = new ArrayList<>(count);
        int n = batch.size();
        int from = 0;
        for (int s = 0; s < count; s++) {
            int size = n / count + (s < n % count ? 1 : 0);
            parts.add(batch.slice(from, from + size));
            from += size;
        }
        return parts;
    }

    private static int[] offsets(List<PairBatch> parts) {
        int[] offsets = new int[parts.size() + 1];
        for (int s = 0; s < parts.size(); s++) {
            offsets[s + 1] = offsets[s] + parts.get(s).size();
        }
        return offsets;
    }

    /** The shards' pre-latents (or dLatents) stacked in shard order [B, d]; null without a latent. */
    private static INDArray concat(Arena arena, List<EditModel.Pass> passes, boolean preLatent) {
        if (!passes.get(0).hasLatent()) {
            return null;
        }
        List<INDArray> rows = new ArrayList<>(passes.size());
        long total = 0;
        for (EditModel.Pass p : passes) {
            INDArray r = preLatent ? p.preLatent() : p.dLatent();
            rows.add(r);
            total += r.size(0);
        }
        INDArray out = arena.alloc(total, rows.get(0).size(1));
        long at = 0;
        for (INDArray r : rows) {
            out.get(NDArrayIndex.interval(at, at + r.size(0)), NDArrayIndex.all()).assign(r);
            at += r.size(0);
        }
        return out;
    }

    private interface ShardTask<T> {
        T run(int shard);
    }

    private <T> List<T> run(int count, ShardTask<T> task) {
        List<Callable<T>> tasks = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            int shard = s;
            tasks.add(() -> task.run(shard));
        }
        return workers.invokeAll(tasks);
    }

    private void ensureReplicas(int count) {
        while (replicas.size() < count) {
            replicas.add(new EditModel(model.config(), model.params().dataType()));
        }
    }
}
