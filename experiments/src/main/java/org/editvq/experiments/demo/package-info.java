/** Runnable API examples: the end-to-end demo on generated planted-edit data. */
package org.editvq.experiments.demo;
