/** Training and decoding speed benchmarks, measured against the machine's own gemm rate. */
package org.editvq.models.bench;
