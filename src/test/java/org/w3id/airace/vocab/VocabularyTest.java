package org.w3id.airace.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.airace.store.Loader;

class VocabularyTest {
  @Test
  void everyTermUsedInCodeIsDefinedInTheOntology() throws Exception {
    Graph ontology = Loader.ontology();
    List<String> undefined = new ArrayList<>();
    for (Field field : Race.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
        Node term = (Node) field.get(null);
        if (term.getURI().startsWith(Race.NS)
            && !ontology.contains(term, RDF.type.asNode(), Node.ANY)) {
          undefined.add(
              "race:"
                  + term.getLocalName()
                  + " is used in code but not defined in ontology/airace.ttl");
        }
      }
    }
    assertThat(undefined).isEmpty();
  }
}
