/**
 * JMH benchmarks, run only under the Maven profile {@code bench}
 * ({@code mvn -B -Pbench -pl checks -am verify -DskipTests -Dledger.audit.skip=true}).
 */
package org.trainability.bench;
