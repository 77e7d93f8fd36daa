/**
 * Finds what the text names: actors of the gazetteer ({@code data/entities/}), in their inflected
 * and compound forms, as {@link org.w3id.airace.mention.Mention} records with exact offsets.
 */
package org.w3id.airace.mention;
