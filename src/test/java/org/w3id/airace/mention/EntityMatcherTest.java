package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.Fixtures;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.Span;
import org.w3id.airace.text.TextLayer;

class EntityMatcherTest {
  private static final String RES = "https://w3id.org/airace/resource/";
  private static EntityMatcher matcher;

  @BeforeAll
  static void gazetteer() {
    matcher = new EntityMatcher(Gazetteer.bundled());
  }

  private static List<Mention> mentions(String language, String text) {
    TextLayer layer = Segmenter.forLanguage(language).segment(text, null);
    return matcher.match(layer);
  }

  private static List<String> anchors(List<Mention> mentions) {
    return mentions.stream()
        .map(m -> m.anchor() + "=" + m.entity().substring(RES.length()))
        .toList();
  }

  @Test
  void genitiveFormMatchesActor() {
    assertThat(anchors(mentions("de", "Die Pläne Chinas und OpenAIs überraschten Apples Chef.")))
        .containsExactly("Chinas=China", "OpenAIs=OpenAI", "Apples=Apple");
  }

  @Test
  void compoundHeadMatchesActorButNotTheWholeWord() {
    List<Mention> found =
        mentions("de", "Das DeepSeek-Modell ist günstiger als das „Stargate-Projekt“ von OpenAI.");
    assertThat(anchors(found))
        .containsExactly("DeepSeek=DeepSeek", "Stargate-Projekt=Stargate_Project", "OpenAI=OpenAI");
  }

  @Test
  void namesInCapitalsBeforeASemicolonOrAnEllipsisAreFound() {
    assertThat(anchors(mentions("de", "Die Rivalen sind IBM; AMD... und (TSMC; dazu Apple.")))
        .containsExactly("IBM=IBM", "AMD=AMD", "TSMC=TSMC", "Apple=Apple");
    assertThat(anchors(mentions("en", "The rivals are IBM; AMD… and Nvidia.")))
        .containsExactly("IBM=IBM", "AMD=AMD", "Nvidia=Nvidia");
  }

  @Test
  void longestNameWins() {
    assertThat(anchors(mentions("de", "Die Vereinigten Staaten investieren, die USA auch.")))
        .containsExactly("Vereinigten Staaten=United_States", "USA=United_States");
  }

  @Test
  void englishPossessiveLeavesTheCliticOut() {
    assertThat(
            anchors(
                mentions("en", "China's labs and Microsoft’s cloud compete with the U.S. giants.")))
        .containsExactly("China=China", "Microsoft=Microsoft", "U.S.=United_States");
  }

  @Test
  void namesInsideOtherWordsAreNotMentions() {
    assertThat(mentions("en", "Applesauce and Chinaware are not actors; neither is apple pie."))
        .isEmpty();
  }

  @Test
  void partsOfHyphenatedCompoundsAreMatchedEach() {
    assertThat(anchors(mentions("de", "Die US-China-Rivalität bestimmt das Jahr.")))
        .containsExactly("US=United_States", "China=China");
  }

  @Test
  void aNameGluedToTheSentencesFullStopIsFound() {
    assertThat(anchors(mentions("de", "Die Chips fertigt TSMC."))).containsExactly("TSMC=TSMC");
  }

  @Test
  void offsetsPointAtTheAnchor() {
    String text = "Im Gegensatz dazu setzt DeepSeek auf offene Modelle, anders als OpenAI.";
    for (Mention m : mentions("de", text)) {
      assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.anchor());
    }
  }

  @Test
  void firstArticleMentionsItsActors() {
    Article article = new ArticleReader().read(Fixtures.FIRST_ARTICLE, Optional.empty());
    Article.Byline byline = article.byline().orElseThrow();
    TextLayer layer =
        Segmenter.forLanguage("de").segment(article.text(), new Span(byline.begin(), byline.end()));
    List<Mention> found = matcher.match(layer);
    assertThat(found.stream().map(Mention::entity).distinct().map(e -> e.substring(RES.length())))
        .containsExactlyInAnyOrder(
            "United_States",
            "China",
            "OpenAI",
            "DeepSeek",
            "Apple",
            "Microsoft",
            "Stargate_Project");
    assertThat(found.stream().filter(m -> m.entity().endsWith("/OpenAI"))).hasSize(7);
    assertThat(found.stream().filter(m -> m.entity().endsWith("/DeepSeek"))).hasSize(3);
    assertThat(found)
        .allSatisfy(
            m -> assertThat(article.text().substring(m.begin(), m.end())).isEqualTo(m.anchor()));
  }
}
