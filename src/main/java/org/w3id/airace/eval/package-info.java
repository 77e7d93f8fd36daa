/**
 * Measures extraction quality: runs the loader on test cases (an article and the facts a human
 * expects from it) and reports precision and recall per fact kind.
 */
package org.w3id.airace.eval;
