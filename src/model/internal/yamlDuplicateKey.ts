import { isMap, isPair, isScalar, isSeq } from 'yaml';

/**
 * The first mapping key written twice in a parsed YAML document, or undefined. Keys are equal
 * when they are the same scalar value (the `yaml` default). This replaces the parser's own
 * `uniqueKeys` check, which compares each key with every earlier one (40,000 keys in one
 * mapping, 390 KB: over a minute); a Set per mapping makes it linear. Iterative. @internal
 */
export function findDuplicateKey(contents: unknown): string | undefined {
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (key !== null && key !== undefined && typeof key !== 'object' && seen.has(key)) return String(key).slice(0, 40);
        seen.add(key);
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return undefined;
}
