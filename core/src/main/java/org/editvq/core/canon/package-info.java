/**
 * The canonicalization contract: turning a program into the token sequence the models see
 * ({@code v} for variables, {@code f} for user-defined functions, {@code T} for user-defined types,
 * {@code STRING} for string literals, everything else verbatim), with a map back to the user's
 * names. Implementations live in the {@code canonicalizer} module; modules that may not depend on
 * it take a {@link org.editvq.core.canon.Canonicalizer} by interface.
 */
package org.editvq.core.canon;
