package org.lede.entity;

import java.util.List;
import org.lede.article.Article;

/**
 * Thirty short invented news items about six invented people, each named in three or more ways; two of them
 * (a mayor and a football coach) share the surname Marsh. Written for the linker test; no real text.
 */
final class LinkerCorpus {
  private LinkerCorpus() {}

  /** One item: who it is about, and its text. */
  record Item(String person, String text) {}

  static final List<Item> ITEMS = List.of(
      new Item("Elena Marsh", "Mayor Elena Marsh opened the new Harbor Bridge in Port Alder on Monday. Marsh said the"
          + " bridge would cut commuting times across the city."),
      new Item("Elena Marsh", "The Port Alder City Council approved the budget proposed by Elena Marsh. The mayor"
          + " thanked council members for their support."),
      new Item("Elena Marsh", "Mayor Marsh announced a plan to plant trees along the Harbor Bridge approaches. The"
          + " Port Alder City Council will pay for the first phase."),
      new Item("Elena Marsh", "Marsh told the Port Alder City Council on Tuesday that the Harbor Bridge had come in"
          + " under budget."),
      new Item("Elena Marsh", "Protesters gathered outside the office of Mayor Elena Marsh in Port Alder on Friday,"
          + " demanding cheaper bus fares."),
      new Item("Tomas Marsh", "Port Alder United coach Tomas Marsh named an unchanged side for Saturday's derby at"
          + " Riverside Stadium. Marsh said his players were ready."),
      new Item("Tomas Marsh", "Coach Marsh praised his defenders after Port Alder United beat Kingsford Rovers 2-0 at"
          + " Riverside Stadium."),
      new Item("Tomas Marsh", "Tomas Marsh signed a new three-year contract with Port Alder United, the club"
          + " announced on Tuesday."),
      new Item("Tomas Marsh", "Marsh watched from the touchline at Riverside Stadium as Port Alder United lost late"
          + " to Kingsford Rovers."),
      new Item("Tomas Marsh", "Former striker Tomas Marsh, 47, took charge of Port Alder United in 2019."),
      new Item("Priya Raman", "Finance Minister Priya Raman presented the annual budget to parliament on Wednesday."
          + " Raman said borrowing would fall next year."),
      new Item("Priya Raman", "Ms. Raman met the governor of the central bank to discuss inflation, the Finance"
          + " Ministry said."),
      new Item("Priya Raman", "Priya Raman, the finance minister, defended the new fuel tax in a radio interview."),
      new Item("Priya Raman", "Raman told reporters that the Finance Ministry would publish its debt figures in"
          + " March."),
      new Item("Priya Raman", "Opposition lawmakers accused Finance Minister Raman of hiding the true cost of the"
          + " rail project."),
      new Item("Victor Hale", "Northwind Energy chief executive Victor Hale said the company would build two wind"
          + " farms off the coast. Hale expects the first turbines to turn in 2027."),
      new Item("Victor Hale", "Shares in Northwind Energy rose after Mr. Hale announced record profits."),
      new Item("Victor Hale", "Victor Hale, who has led Northwind Energy since 2015, will step down next year."),
      new Item("Victor Hale", "Hale told investors that Northwind Energy would double its dividend."),
      new Item("Victor Hale", "Analysts questioned whether Victor Hale could deliver the offshore projects on time."),
      new Item("Grace Okafor", "Senator Grace Okafor introduced a bill to protect wetlands on Thursday. Okafor said"
          + " the measure had support from both parties."),
      new Item("Grace Okafor", "Sen. Okafor questioned the agriculture secretary during a Senate hearing."),
      new Item("Grace Okafor", "Grace Okafor won a second term in the Senate by a wide margin."),
      new Item("Grace Okafor", "Okafor, a member of the Senate environment committee, visited flooded farms in Lake"
          + " County."),
      new Item("Grace Okafor", "The wetlands bill sponsored by Senator Okafor passed the Senate 61-38."),
      new Item("Daniel Brandt", "Gen. Daniel Brandt took command of the Northern Army Group on Monday. Brandt pledged"
          + " to modernise the force."),
      new Item("Daniel Brandt", "General Brandt inspected troops near the border, the Defense Ministry said."),
      new Item("Daniel Brandt", "Daniel Brandt, the army's most senior officer, warned of ammunition shortages."),
      new Item("Daniel Brandt", "Brandt told the Defense Ministry that the Northern Army Group needed more"
          + " helicopters."),
      new Item("Daniel Brandt", "Lawmakers summoned Gen. Brandt to explain the cost of the new barracks."));

  static Article article(int index) {
    return Article.builder().id("linker-" + index).paragraphs(List.of(ITEMS.get(index).text())).build();
  }
}
