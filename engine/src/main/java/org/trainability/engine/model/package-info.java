/**
 * The models of docs/math.md §1 and their data: {@link org.trainability.engine.model.IsingModel}
 * (the fully visible Boltzmann machine), {@link org.trainability.engine.model.RbmModel},
 * {@link org.trainability.engine.model.DenoisingLayer}; the state indexing of
 * {@link org.trainability.engine.model.SpinStates}; parameter order and the observables
 * {@code f_a = ∂E/∂θ_a}; data as moments or states ({@link org.trainability.engine.model.TrainingData});
 * and {@link org.trainability.engine.model.ModelFiles}, the reader of the model file format.
 *
 * <p>Every type here is an immutable value; construction validates and copies.
 */
package org.trainability.engine.model;
