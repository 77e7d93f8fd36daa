/**
 * Serves the database over HTTP with embedded Apache Jena Fuseki: a read-only SPARQL endpoint and
 * Graph Store read access for the dataset {@code /airace}, with a query time limit.
 */
package org.w3id.airace.server;
