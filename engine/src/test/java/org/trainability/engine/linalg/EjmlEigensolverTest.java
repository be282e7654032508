package org.trainability.engine.linalg;

class EjmlEigensolverTest extends SymmetricEigensolverContract {

    @Override
    SymmetricEigensolver solver() {
        return new EjmlEigensolver();
    }
}
