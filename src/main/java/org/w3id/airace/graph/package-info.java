/**
 * Builds an article's named graph: its metadata, the NIF 2.0 text layer, the mention layer and the
 * facts the rules derive — the only stage that writes RDF.
 */
package org.w3id.airace.graph;
