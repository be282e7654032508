/** Checks of F4 and the risks R1–R6. */
package org.trainability.checks.risks;
