/**
 * The runtime judge: compiles, runs and times Code Jam style submissions and decides their
 * status. Entry point {@link org.editvq.judge.JudgeRun#run}; configuration
 * {@link org.editvq.judge.JudgeConfig}; per-problem tests {@link org.editvq.judge.ProblemTests}.
 * See {@code docs/judge.md} for the measurement method and its noise.
 */
package org.editvq.judge;
