/** Checks of O1.c, O5, O5.c, O6, the theorem tiers, H-single and the exp1/exp2 grids. */
package org.trainability.checks.theorem;
