/**
 * Generates a synthetic corpus for {@code airace eval}: articles built from sentence templates with
 * the gazetteer's actors and the lexicon's cues, each beside the facts it states, reproducible for
 * a seed.
 */
package org.w3id.airace.corpus;
