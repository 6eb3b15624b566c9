/**
 * Progress reporting shared by the long-running commands (judge, train, demo): a redrawn bar on a
 * terminal, a plain line every few seconds anywhere else.
 */
package org.editvq.core.progress;
