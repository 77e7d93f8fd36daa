package org.w3id.airace.rules;

import org.apache.jena.query.Query;

/**
 * One extraction rule: a CONSTRUCT query read from {@code queries/rules/NAME.rq}. Its variable
 * {@code ?rule} is bound to the rule's IRI, so the facts it makes can say which rule made them.
 */
public record Rule(String name, String path, Query query) {}
