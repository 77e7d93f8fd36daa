/**
 * The files bundled with airace — ontology, entity gazetteer, cue lexicon and queries — read from
 * the class path, where the build copies them from the project's top-level folders.
 */
package org.w3id.airace.resources;
