/** The IRIs of the airace ontology and of the vocabularies it builds on, as Jena nodes. */
package org.w3id.airace.vocab;
