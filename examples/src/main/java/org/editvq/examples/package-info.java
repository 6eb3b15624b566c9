/**
 * Runnable examples of the Java API: {@link org.editvq.examples.QuickStart} trains on a small CSV and prints
 * suggestions in under 30 lines (docs/user-guide.md leads with it; a test compiles and runs it). The command
 * line lives in {@link org.editvq.examples.cli}.
 */
package org.editvq.examples;
