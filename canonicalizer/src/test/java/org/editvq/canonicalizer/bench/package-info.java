/** Speed measurements of the canonicalizers, run only on request (JUnit tag {@code bench}). */
package org.editvq.canonicalizer.bench;
