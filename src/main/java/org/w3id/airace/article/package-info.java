/**
 * Reads an article file ({@code .md} with front matter, or plain {@code .txt}) into an {@link
 * org.w3id.airace.article.Article} record: its metadata and its text, verbatim.
 */
package org.w3id.airace.article;
