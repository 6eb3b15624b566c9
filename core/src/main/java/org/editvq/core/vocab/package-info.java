/** The token vocabulary shared by models and decoding. */
package org.editvq.core.vocab;
