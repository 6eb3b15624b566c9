/**
 * Context-anchored edit scripts over token sequences: the decoder target that says only what
 * changes between a program x and its faster version y ({@link org.editvq.core.edits.EditScripts}).
 * Pure token logic, no tensors; see docs/edit-decoding.md.
 */
package org.editvq.core.edits;
