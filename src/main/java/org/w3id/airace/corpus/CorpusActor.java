package org.w3id.airace.corpus;

/** An actor of the gazetteer that an article may name: its IRI and its label in one language. */
public record CorpusActor(String iri, String label) {}
