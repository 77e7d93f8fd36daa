/**
 * The text stage: segments an article's text into paragraphs, sentences, clauses and UD-tagged,
 * lemmatised tokens whose exact character offsets later become NIF 2.0 {@code #char=b,e} anchors.
 */
package org.w3id.airace.text;
