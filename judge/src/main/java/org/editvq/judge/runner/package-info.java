/**
 * The sandbox runner: the code that runs inside the child JVM started for one submission.
 *
 * <p>Depends on the JDK only, so its class path is just the judge's own classes. It loads the
 * submission in a fresh class loader per run, times {@code main} by the CPU time of the thread
 * that runs it, and traps {@code System.exit}, file writes outside the working directory,
 * network access and process creation with a {@link java.lang.SecurityManager} (deprecated in
 * Java 17 but working with {@code -Djava.security.manager=allow}). The child process itself is
 * the real isolation boundary: whatever the submission does, the judge's JVM survives.
 */
package org.editvq.judge.runner;
