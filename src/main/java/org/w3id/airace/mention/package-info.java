/**
 * Finds what the text names and signals: actors of the gazetteer ({@code data/entities/}) in their
 * inflected and compound forms, cues of the lexicon ({@code data/lexicon/}), quantities (money,
 * percentages, periods), the agent of each clause and the claim units — as records with exact
 * offsets, gathered in a {@link org.w3id.airace.mention.MentionLayer}.
 */
package org.w3id.airace.mention;
