/** Line and token diffs (unified format) for showing suggested edits. */
package org.editvq.inference.diff;
