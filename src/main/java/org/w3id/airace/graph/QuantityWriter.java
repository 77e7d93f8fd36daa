package org.w3id.airace.graph;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.airace.mention.Money;
import org.w3id.airace.mention.Percentage;
import org.w3id.airace.mention.Period;
import org.w3id.airace.mention.Qualifier;
import org.w3id.airace.mention.Quantity;
import org.w3id.airace.vocab.Race;

/**
 * Writes a quantity's mention: money as a {@code race:MoneyMention} that {@code race:denotes} a
 * {@code schema:MonetaryAmount} ({@code {article}#amount=b,e}, exact {@code xsd:decimal} value and
 * ISO 4217 code); a percentage with its ratio as {@code race:quantityValue}; a period with {@code
 * race:fromYear}, {@code race:toYear} and perhaps {@code race:month}; a fuzzy amount ("Bruchteil")
 * with its {@code race:qualifier}.
 */
final class QuantityWriter {
  private static final String SCHEMA = "http://schema.org/";

  private final NifWriter nif;

  QuantityWriter(NifWriter nif) {
    this.nif = nif;
  }

  /** Writes the quantity's own triples onto {@code phrase}, its mention. */
  void write(Quantity quantity, Node phrase) {
    if (quantity instanceof Money m) {
      nif.add(phrase, RDF.type.asNode(), Race.MoneyMention);
      Node amount = nif.at("amount", m.begin(), m.end());
      nif.add(phrase, Race.denotes, amount);
      nif.add(amount, RDF.type.asNode(), NodeFactory.createURI(SCHEMA + "MonetaryAmount"));
      nif.add(amount, NodeFactory.createURI(SCHEMA + "value"), decimal(m.value()));
      nif.add(
          amount,
          NodeFactory.createURI(SCHEMA + "currency"),
          NodeFactory.createLiteralString(m.currency()));
      m.qualifier()
          .ifPresent(q -> nif.add(phrase, Race.qualifier, NodeFactory.createLiteralString(q)));
    } else if (quantity instanceof Percentage p) {
      nif.add(phrase, RDF.type.asNode(), Race.PercentMention);
      nif.add(phrase, Race.quantityValue, decimal(p.ratio()));
      p.qualifier()
          .ifPresent(q -> nif.add(phrase, Race.qualifier, NodeFactory.createLiteralString(q)));
    } else if (quantity instanceof Period p) {
      nif.add(phrase, RDF.type.asNode(), Race.PeriodMention);
      nif.add(
          phrase,
          Race.fromYear,
          NodeFactory.createLiteralDT(p.from().toString(), XSDDatatype.XSDgYear));
      nif.add(
          phrase,
          Race.toYear,
          NodeFactory.createLiteralDT(p.to().toString(), XSDDatatype.XSDgYear));
      p.month()
          .ifPresent(
              ym ->
                  nif.add(
                      phrase,
                      Race.month,
                      NodeFactory.createLiteralDT(ym.toString(), XSDDatatype.XSDgYearMonth)));
    } else if (quantity instanceof Qualifier q) {
      nif.add(phrase, RDF.type.asNode(), Race.QualifierMention);
      nif.add(phrase, Race.qualifier, NodeFactory.createLiteralString(q.meaning()));
    }
  }

  private static Node decimal(BigDecimal value) {
    return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
  }
}
