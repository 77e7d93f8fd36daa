/**
 * Runs the extraction rules of {@code queries/rules/} — SPARQL CONSTRUCT queries, in file-name
 * order — over an article's text and mention layers, adding the facts they derive.
 */
package org.w3id.airace.rules;
