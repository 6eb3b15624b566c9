/**
 * Deterministic input generators, reference solvers and checkers for five Code Jam problems of
 * the googlejam4 corpus (folders 1, 2, 6, 8, 9), so their submissions can be judged without the
 * original (unpublished) test files. Inputs come in three scales: the official small and large
 * limits, and a stress scale beyond them so that CPU times are well above measurement noise.
 */
package org.editvq.judge.gcj;
