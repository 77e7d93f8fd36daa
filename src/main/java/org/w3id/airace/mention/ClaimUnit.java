package org.w3id.airace.mention;

/** A claim unit {@code [begin, end)}: the clauses one claim is made in (see {@link ClaimUnits}). */
public record ClaimUnit(int begin, int end) {}
