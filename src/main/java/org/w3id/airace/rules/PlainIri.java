package org.w3id.airace.rules;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_IRI;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code IRI(…)} with a short cut for the IRIs the rules mint: a string that is plainly an
 * absolute http(s) IRI — a lower-case host, a path and a fragment of letters, digits and {@code - _
 * ~}, dots only inside a segment — is that IRI, without the full parse and check Jena's IRI library
 * gives every string (a sixth of the rules' time before). Any other value, or a string with any
 * other character, takes Jena's own way, errors and all; {@code PlainIriTest} holds both ways to
 * the same results.
 */
final class PlainIri extends E_IRI {
  private static final String SEGMENT = "[A-Za-z0-9_~-]+(?:\\.[A-Za-z0-9_~-]+)*";
  static final Pattern PLAIN =
      Pattern.compile(
          "https?://[a-z0-9]+(?:[.-][a-z0-9]+)*(?:/"
              + SEGMENT
              + ")*/?(?:#[A-Za-z0-9_~-]+(?:\\.[A-Za-z0-9_~-]+)*)?");

  PlainIri(String parserBase, Expr relExpr) {
    super(parserBase, relExpr);
  }

  /** {@code op} with each {@code IRI(…)} of its expressions made a {@code PlainIri}. */
  static Op in(Op op) {
    return Transformer.transform(
        new TransformCopy(),
        new ExprTransformCopy() {
          @Override
          public Expr transform(ExprFunction1 func, Expr arg) {
            if (func.getClass() == E_IRI.class) {
              return new PlainIri(((E_IRI) func).getParserBase(), arg);
            }
            return super.transform(func, arg);
          }
        },
        op);
  }

  @Override
  protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
    NodeValue value = relExpr.eval(binding, env);
    Node node = value.asNode();
    if (node.isLiteral()
        && node.getLiteralDatatype().equals(XSDDatatype.XSDstring)
        && node.getLiteralLanguage().isEmpty()
        && PLAIN.matcher(node.getLiteralLexicalForm()).matches()) {
      return NodeValue.makeNode(NodeFactory.createURI(node.getLiteralLexicalForm()));
    }
    // Jena's own resolution of the value already computed (E_IRI's one-value form).
    return eval(value, env);
  }

  @Override
  public Expr copy(Expr expr) {
    return new PlainIri(parserBase, expr);
  }
}
