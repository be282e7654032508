/** Checks of the experiment ladder (exp4, exp7, exp8, exp12). */
package org.trainability.checks.experiments;
