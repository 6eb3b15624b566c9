/**
 * Java submissions: source rewrites with JavaParser (file I/O to stdin/stdout, {@code args}),
 * in-process compilation with {@code javax.tools} cached on disk by source hash, and execution
 * in a child JVM running {@link org.editvq.judge.runner.SandboxRunner}.
 */
package org.editvq.judge.java;
