/**
 * JMH benchmarks, run by the Maven profile {@code bench} (see checks/pom.xml); never part of the
 * unit-test run. Speed is measured here, not by timed unit tests.
 */
package org.trainability.bench;
