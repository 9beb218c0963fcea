package org.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the entities of a batch of articles at once: "Donald Trump", "US President Donald Trump" and "President
 * Trump" in three articles become one person. It runs {@link CorpusLinker}, the linker the store runs article by
 * article at ingest, over a {@link MemoryLinkState}, so both give the same answer.
 *
 * <pre>{@code
 * List<CorpusEntity> people = EntityLinker.standard().link(List.of(entitiesOfArticle1, entitiesOfArticle2));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityLinker {
  private static final EntityLinker STANDARD = new EntityLinker();

  private EntityLinker() {}

  /** Returns the linker. */
  public static EntityLinker standard() {
    return STANDARD;
  }

  /**
   * Links entities across articles, in the order given.
   *
   * @param articles the entities of each article, one list an article (as {@link EntityFinder#find} returns)
   * @return corpus entities, in order of first appearance
   */
  public List<CorpusEntity> link(List<List<Entity>> articles) {
    MemoryLinkState state = new MemoryLinkState();
    Map<String, Entity> byMember = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Entity> entities = articles.get(a);
      String articleId = Integer.toString(a);
      for (int i = 0; i < entities.size(); i++) {
        byMember.put(articleId + "\u0000" + CorpusLinker.localId(entities.get(i), i), entities.get(i));
      }
      CorpusLinker.standard().link(new CorpusLinker.ArticleEntities(articleId, null, entities, Map.of()), state);
    }
    List<CorpusEntity> out = new ArrayList<>();
    for (EntityProfile p : state.entities()) {
      List<Entity> members = state.membersOf(p.id()).stream()
          .map(m -> byMember.get(m.articleId() + "\u0000" + m.localId())).toList();
      if (members.isEmpty()) continue;
      out.add(new CorpusEntity(p.id(), p.name(), p.type(), p.aliases(), p.titles(), p.roles(), members));
    }
    return out;
  }
}
