/** Checks of the assumptions A1–A8. */
package org.trainability.checks.assumptions;
