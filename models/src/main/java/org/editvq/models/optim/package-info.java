/** Optimizers (Adam with clipping) and learning-rate schedules acting on a model's parameter set. */
package org.editvq.models.optim;
