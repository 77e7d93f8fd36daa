/** Small RDF building blocks more than one stage uses: a read-only union of two graphs. */
package org.w3id.airace.rdf;
