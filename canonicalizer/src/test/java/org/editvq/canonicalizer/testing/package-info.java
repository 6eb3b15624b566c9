/** Test helpers shared by the canonicalizer tests: golden files, the googlejam4 corpus, invariant checks. */
package org.editvq.canonicalizer.testing;
