/**
 * The one JSON mapping of editvq's configuration records (model, training, pairs, reproduction):
 * how they are written into bundles and manifests and read back, including from files saved
 * before a setting existed ({@link org.editvq.core.config.ConfigJson}).
 */
package org.editvq.core.config;
