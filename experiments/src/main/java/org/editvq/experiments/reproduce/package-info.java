/**
 * One-command reproduction of the paper's Table 1, Table 2 and Figures 2, 5 and 6
 * ({@link org.editvq.experiments.reproduce.Reproduction}).
 */
package org.editvq.experiments.reproduce;
