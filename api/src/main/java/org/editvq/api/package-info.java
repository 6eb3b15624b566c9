/**
 * One entry point for researchers: {@link org.editvq.api.EditVq} loads a corpus, builds pairs,
 * trains, resumes, loads a model and suggests, decodes or reproduces the paper's tables, each call
 * returning a value with its report (what was skipped, what was measured, what produced it).
 * See docs/user-guide.md and {@code org.editvq.examples.QuickStart}.
 */
package org.editvq.api;
