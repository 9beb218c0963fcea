package org.lede.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the jte templates in {@code src/main/jte}, which the build compiles to classes in this package: no
 * template compiler runs in the server, so the shaded jar needs none. jte escapes every value for its HTML
 * context; no template writes article text raw.
 */
final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "org.lede.web");

  String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(name + ".jte", params, out);
    return out.toString();
  }
}
