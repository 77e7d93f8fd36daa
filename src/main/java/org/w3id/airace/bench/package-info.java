/**
 * Benchmarks, run by the scripts of {@code bench/} and not by the build: the extraction's speed on
 * one thread, and a soak test of the running server.
 */
package org.w3id.airace.bench;
