package org.w3id.airace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_IRI;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.junit.jupiter.api.Test;

class PlainIriTest {
  private static final Var X = Var.alloc("x");
  private static final String BASE = "file:///rules/rule.rq";

  /** The value of IRI(?x) with ?x bound to {@code value}, or the error's class name. */
  private static String eval(E_IRI iri, Node value) {
    Binding binding = BindingFactory.binding(X, value);
    try {
      return iri.eval(binding, new FunctionEnvBase()).asNode().toString();
    } catch (ExprEvalException e) {
      return "error";
    }
  }

  private static void assertSame(Node value) {
    String jena = eval(new E_IRI(BASE, new ExprVar(X)), value);
    String plain = eval(new PlainIri(BASE, new ExprVar(X)), value);
    assertEquals(jena, plain, "IRI(" + value + ")");
  }

  @Test
  void mintedIrisAreTakenAsTheyAre() {
    for (String iri :
        new String[] {
          "https://w3id.org/airace/graph/article/wettlauf-ki#claim-0a1b2c3d4e5f",
          "http://a",
          "http://a/",
          "http://x-y.example.org/a.b/c~d_e/",
          "https://w3id.org/airace/resource/Open-AI#statement-ff"
        }) {
      assertTrue(PlainIri.PLAIN.matcher(iri).matches(), iri);
      assertSame(NodeFactory.createLiteralString(iri));
      assertEquals(
          NodeFactory.createURI(iri).toString(),
          eval(new PlainIri(BASE, new ExprVar(X)), NodeFactory.createLiteralString(iri)));
    }
  }

  @Test
  void everythingElseGoesJenasWay() {
    for (String text :
        new String[] {
          "http://a b/", "http://EXAMPLE.org/x", "relative/path", "http://a/%zz", "http://a/b#c#d",
          "mailto:someone@example.org", "http://a/../b", "", "http://", "http://a/b c"
        }) {
      assertFalse(PlainIri.PLAIN.matcher(text).matches(), text);
      assertSame(NodeFactory.createLiteralString(text));
    }
    assertSame(NodeFactory.createLiteralLang("http://a/", "en"));
    assertSame(NodeFactory.createURI("http://a/b"));
    assertSame(NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDint));
  }

  @Test
  void theShortCutAgreesWithJenasCheckOnRandomStrings() {
    Random random = new Random(20261130);
    String alphabet = "abcz09AZ-._~/#:% ?@";
    String[] starts = {"http://", "https://", "http://a.b/", "https://w3id.org/", "ftp://", ""};
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (PlainIri.PLAIN.matcher(text).matches()) {
        plain++;
      }
      assertSame(NodeFactory.createLiteralString(text.toString()));
    }
    assertTrue(plain > 1_000, "too few strings took the short cut: " + plain);
  }

  @Test
  void theRulesAlgebraUsesIt() {
    Op op =
        PlainIri.in(
            Algebra.compile(QueryFactory.create("SELECT * { BIND(IRI(STR(?x)) AS ?y) }", BASE)));
    assertInstanceOf(PlainIri.class, ((OpExtend) op).getVarExprList().getExpr(Var.alloc("y")));
  }
}
