/** Run manifests (what produced an artifact: version, seed, parameters, data hash, environment, metrics) and hashing. */
package org.editvq.core.manifest;
