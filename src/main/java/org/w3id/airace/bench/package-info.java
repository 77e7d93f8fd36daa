/**
 * Benchmarks, run by the scripts of {@code bench/} and not by the build: the extraction's speed on
 * one thread and at scale on all cores (N generated articles, streamed), a soak test of the running
 * server, and the load, start-up and query latency set beside Jena's own tools ({@code
 * tdb2.tdbloader}, a bare Fuseki) in {@code bench/run}.
 */
package org.w3id.airace.bench;
