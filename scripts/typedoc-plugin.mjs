// TypeDoc plugin for the docs site (typedoc.json "plugin"). It builds the playground page into the
// site (playground/build.mjs), and makes three fixes to how TypeDoc's markdown-it renders the guides:
// - headings written as code (### `jixiao demo`) had empty anchors (#_, #_-1) and blank entries in
//   the in-page contents: TypeDoc takes a heading's text from its text tokens only, so the code
//   spans are given a text child with their content (rendering still uses the code span);
// - bare words with a dot ("FACTS.md") became links to http://FACTS.md: only URLs written with a
//   scheme are linked (linkify's fuzzy links are off);
// - a URL followed by Chinese text took the sentence into the link: a linkified URL ends at the first
//   character outside printable ASCII, and the rest is text again.
// - a zod schema is shown with its type expanded, not as its generated alias (expandGeneratedType).
// @ts-check
import ts from 'typescript';

/** @param {any} state markdown-it core state */
function codeHeadingText(state) {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    for (const child of inline?.children ?? []) {
      if (child.type === 'code_inline' && !child.children) {
        const text = new state.Token('text', '', 0);
        text.content = child.content;
        child.children = [text];
      }
    }
  }
}

/** @param {any} state markdown-it core state */
function trimLinkifiedUrls(state) {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const out = [];
    const children = block.children;
    for (let i = 0; i < children.length; i++) {
      const open = children[i];
      const text = children[i + 1];
      const close = children[i + 2];
      if (open.type !== 'link_open' || open.markup !== 'linkify' || text?.type !== 'text' || close?.type !== 'link_close') {
        out.push(open);
        continue;
      }
      const cut = text.content.search(/[^\x21-\x7e]/);
      if (cut <= 0) {
        out.push(open, text, close);
        i += 2;
        continue;
      }
      const url = text.content.slice(0, cut);
      const rest = new state.Token('text', '', 0);
      rest.content = text.content.slice(cut);
      text.content = url;
      open.attrSet('href', state.md.normalizeLink(url));
      out.push(open, text, close, rest);
      i += 2;
    }
    block.children = out;
  }
}

/** @param {any} parser TypeDoc's markdown-it instance */
function configure(parser) {
  parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  parser.core.ruler.push('jixiao_code_heading_text', codeHeadingText);
  parser.core.ruler.after('linkify', 'jixiao_trim_linkified_urls', trimLinkifiedUrls);
}

/**
 * A guide without a `title` in its front matter is named after its first heading (up to a colon),
 * not after its file name ("import-export").
 * @param {any} _context
 * @param {any} doc a DocumentReflection
 */
function titleFromHeading(_context, doc) {
  if (doc.frontmatter?.title) return;
  const text = (doc.content ?? []).map((/** @type {any} */ part) => part.text ?? '').join('');
  const heading = /^#\s+(.+?)\s*$/m.exec(text)?.[1];
  // Only a Latin heading: the generated system pages (docs/systems/<id>.md) keep their id, which is
  // what users type (`--system enyang-2023`), as their name and URL.
  if (heading && /^[\x20-\x7e]+$/.test(heading)) doc.name = heading.replace(/`/g, '').split(/[:：]/)[0]?.trim() || doc.name;
}

/**
 * Links from a guide to the playground (`../playground/index.html`) point at the built page in the
 * site, not at the unbuilt playground/index.html of the repository, which TypeDoc would copy to media/:
 * they stay text links.
 * @param {any} _context
 * @param {any} doc a DocumentReflection
 */
function keepPlaygroundLinks(_context, doc) {
  for (const part of doc.content ?? []) {
    if (part.kind === 'relative-link' && /^(\.\.\/)+playground\//.test(part.text)) {
      part.kind = 'text';
      delete part.target;
      delete part.targetAnchor;
    }
  }
}

/**
 * A schema annotated with its generated type (`ReportMetaSchema: ReportMetaSchemaType`, see
 * scripts/schema-types.mjs) is shown with that type expanded, as TypeScript and users see it, not as
 * a reference to an alias that is not exported.
 * @param {any} context TypeDoc's converter context
 * @param {any} reflection a DeclarationReflection
 */
function expandGeneratedType(context, reflection) {
  const symbol = context.getSymbolFromReflection(reflection);
  const declaration = symbol?.declarations?.[0];
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.type || !ts.isTypeReferenceNode(declaration.type)) return;
  const named = context.checker.getSymbolAtLocation(declaration.type.typeName);
  const target = named && named.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(named) : named;
  const alias = target?.declarations?.find((/** @type {any} */ d) => ts.isTypeAliasDeclaration(d) && d.getSourceFile().fileName.endsWith('.generated.ts'));
  if (alias) reflection.type = context.converter.convertType(context.withScope(reflection), alias.type);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on('createDeclaration', expandGeneratedType);
  // The markdown-it instance is created when rendering begins (after options are read, so the
  // `markdownItLoader` option cannot be set from here): configure it right after.
  app.renderer.on('beginRender', () => configure(/** @type {any} */ (app.renderer).markedPlugin.parser));
  app.converter.on('createDocument', titleFromHeading);
  app.converter.on('createDocument', keepPlaygroundLinks);
  // The playground page (playground/) is part of the site: built into <out>/playground after the
  // pages are written, from the package `npm run docs` has just built (dist/).
  app.renderer.postRenderAsyncJobs.push(async (/** @type {any} */ event) => {
    const { buildPlayground } = await import('../playground/build.mjs');
    await buildPlayground({ outDir: event.outputDirectory });
  });
}
