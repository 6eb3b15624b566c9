/** Decoding source files with a trained model bundle (canonicalize, decode, render). */
package org.editvq.inference.decode;
