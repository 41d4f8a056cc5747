import { CST, Lexer } from 'yaml';

/** Limits checked on YAML tokens before parsing. @internal */
export interface YamlPrecheckLimits {
  /** Largest nesting estimate accepted. */
  readonly maxNesting: number;
  /** Most alias nodes (`*name`) accepted in the whole text. */
  readonly maxAliases: number;
}

/**
 * Check YAML text for what would make the `yaml` parser itself misbehave, from its tokens,
 * before it is parsed (the lexer is iterative, so this is safe on any text):
 *
 * - nesting: the composer recurses once per level; thousands of levels overflow the stack, and
 *   near the stack limit V8 can abort the whole process ("RegExpCompiler Allocation failed"),
 *   which no try/catch can stop. The estimate is an upper bound — open flow brackets, plus per
 *   line its indentation and its block indicators (`-`, `?`, `:`).
 * - aliases: `yaml` resolves each alias by scanning the anchors and aliases before it, so
 *   many anchor/alias pairs take quadratic time (40,000 pairs, 860 KB: about 3 minutes); its
 *   `maxAliasCount` only limits the aliases of one anchor.
 *
 * Stops reading at the first limit passed. @internal
 */
export function precheckYaml(text: string, limits: YamlPrecheckLimits): 'too_deep' | 'too_many_aliases' | undefined {
  let flow = 0;
  let indent = 0;
  let inline = 0;
  let aliases = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'newline') {
      lineStart = true;
      indent = 0;
      inline = 0;
      continue;
    }
    if (type === 'space') {
      if (lineStart) indent = token.length;
      continue;
    }
    lineStart = false;
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    else if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')) inline++;
    else if (type === 'alias' && ++aliases > limits.maxAliases) return 'too_many_aliases';
    if (flow + indent + inline > limits.maxNesting) return 'too_deep';
  }
  return undefined;
}
