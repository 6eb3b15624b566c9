/**
 * Hand-written transformer layers on ND4J with explicit forward and backward passes.
 *
 * <p>Why not SameDiff: in DL4J 1.0.0-M2.1 several SameDiff gradients are wrong (gather,
 * sparse softmax cross-entropy with masks, dropout, 3-D tensorMmul, logSoftmax with a
 * dimension) and a training step reached 0.2–3.7 GFLOP/s against a BLAS gemm rate two orders
 * of magnitude higher, mostly interpreter overhead and fresh native allocations. Here every
 * layer calls BLAS gemm and batched matmul directly, element-wise work runs as ND4J native
 * ops, and all temporaries of a step live in one {@link org.editvq.models.nn.Arena} that is
 * freed at the end of the step. Every backward pass is checked against finite differences in
 * double precision by the tests.
 *
 * <p>Layout conventions: activations are 2-D [B·T, d] in row-major order (batch-major, then
 * time); attention works on head-major [B·H, T, dh] copies.
 */
package org.editvq.models.nn;
