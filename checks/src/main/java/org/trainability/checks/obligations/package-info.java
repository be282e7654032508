/** Checks of the obligations O1–O4. */
package org.trainability.checks.obligations;
