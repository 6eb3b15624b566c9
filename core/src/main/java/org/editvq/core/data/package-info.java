/**
 * The data model shared by every module: submissions as read from a corpus, the report of a
 * load (what was skipped and why), canonical programs and (slow, fast) program pairs.
 */
package org.editvq.core.data;
