package org.w3id.airace.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.airace.article.Article;

/** What the loader stores for one article: its named graph's name and its triples. */
public record ArticleGraph(Article article, Node name, Graph graph) {}
