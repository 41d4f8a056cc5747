/**
 * A string-keyed memo that is cleared when it reaches `max` entries, so a long batch cannot grow
 * it. For pure functions of the key whose results are immutable (parsed decimals, labels). @internal
 */
export function boundedMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= max) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
