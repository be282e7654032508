/**
 * Spin-flip symmetry (for O1.c): the lumped kernel on the orbits {x, -x}, its stationary law, and
 * the even sector of a reversible kernel, whose spectrum the lumped chain must reproduce.
 */
package org.trainability.engine.symmetry;
