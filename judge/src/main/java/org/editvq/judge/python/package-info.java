/**
 * Python submissions: each run is a fresh {@code python3 -I} process started through a small
 * wrapper that sets CPU, address-space and file-size limits with {@code resource.setrlimit},
 * redirects stdin, discards stderr, and times the program with {@code time.process_time_ns}
 * (interpreter start-up excluded).
 */
package org.editvq.judge.python;
