package org.w3id.airace.resources;

/** A bundled file (ontology, gazetteer, lexicon, query) that cannot be read; names the file. */
public class BundledFileException extends RuntimeException {
  public BundledFileException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
  }
}
