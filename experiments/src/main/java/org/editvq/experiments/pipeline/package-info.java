/** The data pipeline from a corpus to canonical programs, pairs, splits and statistics. */
package org.editvq.experiments.pipeline;
