/**
 * Keeps the graph in a TDB2 database: one named graph for the ontology, one for the entities and
 * one per article, replaced atomically; the default graph is their union.
 */
package org.w3id.airace.store;
