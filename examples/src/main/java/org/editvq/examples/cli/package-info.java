/** The {@code editvq} command line: thin picocli commands over the library. */
package org.editvq.examples.cli;
