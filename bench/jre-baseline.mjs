/**
 * Baseline: the ledger identity checks written the way a JS developer would with json-rules-engine 7.
 *
 * Checks (the same identities jixiao's core pack checks on the ledger):
 *   income.total        stated income total      = Σ sources + carried in
 *   expenditure.grand   stated grand total       = current spending + carry-out
 *   balance             stated income total      = stated grand total
 *   expenditure.lines   stated current spending  = Σ lines
 *   economic.<cls>      each stated economic 类   = Σ its lines      (one rule per 类 in the catalog)
 *   functional.<cls>    each stated functional 类 = Σ its lines      (one rule per 类 in the catalog)
 *
 * json-rules-engine's operators compare JS values, so facts are plain numbers (the decimal strings
 * passed through Number, sums in binary floating point) and equality is a custom `equalCents`
 * operator (|a − b| < 0.005 万元). That is its limitation, not a choice made to slow it down.
 *
 * Deliberately favourable to the engine: the rule set is built once (not per department), facts
 * are pre-flattened runtime facts (no dynamic facts, no JSONPath), and each per-class rule has a
 * high-priority guard so absent classes short-circuit. Rules fire an event when an identity FAILS.
 */
import { Engine, Operator } from 'json-rules-engine';

const EPS = 0.005 - 1e-9;

/** Flatten one raw (unparsed, already JSON-decoded) input into the numeric facts the rules need. */
export function identityFacts(raw) {
  const L = raw.ledger;
  const ex = L.expenditure;
  const f = {};
  let sources = 0;
  for (const s of L.income.sources) sources += Number(s.amount);
  f['income.total.stated'] = L.income.total === undefined ? undefined : Number(L.income.total);
  f['income.total.computed'] = sources + Number(L.income.carriedIn);
  let lines = 0;
  const econ = {};
  const func = {};
  for (const l of ex.lines ?? []) {
    const a = Number(l.amount);
    lines += a;
    const e = l.economic.slice(0, 3);
    const fc = l.functional.slice(0, 3);
    econ[e] = (econ[e] ?? 0) + a;
    func[fc] = (func[fc] ?? 0) + a;
  }
  const current = ex.total !== undefined ? Number(ex.total) : lines;
  f['expenditure.total.stated'] = ex.total === undefined ? undefined : Number(ex.total);
  f['expenditure.total.lines'] = (ex.lines ?? []).length ? lines : undefined;
  f['expenditure.grandTotal.stated'] = ex.grandTotal === undefined ? undefined : Number(ex.grandTotal);
  f['expenditure.grandTotal.computed'] = current + Number(L.carryOut.total);
  for (const s of ex.byEconomic ?? []) {
    if (s.code.length !== 3) continue;
    f[`economic.${s.code}.stated`] = Number(s.amount);
    f[`economic.${s.code}.lines`] = econ[s.code] ?? 0;
  }
  for (const s of ex.byFunctional ?? []) {
    if (s.code.length !== 3) continue;
    f[`functional.${s.code}.stated`] = Number(s.amount);
    f[`functional.${s.code}.lines`] = func[s.code] ?? 0;
  }
  return f;
}

/** A mismatch rule: fires when both facts are numbers and differ by at least half a cent. */
function mismatchRule(name, stated, computed) {
  return {
    name,
    conditions: {
      all: [
        { fact: stated, operator: 'isNumber', value: true, priority: 3 },
        { fact: computed, operator: 'isNumber', value: true, priority: 2 },
        { fact: stated, operator: 'notEqualCents', value: { fact: computed }, priority: 1 },
      ],
    },
    event: { type: 'identity-failed', params: { check: name, stated, computed } },
  };
}

/**
 * Build the engine once.
 * @param {{ economicClasses: string[], functionalClasses: string[] }} classes every 类 code in the catalogs
 */
export function createIdentityEngine({ economicClasses, functionalClasses }) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator(new Operator('isNumber', (a, b) => (typeof a === 'number' && Number.isFinite(a)) === b));
  engine.addOperator(
    new Operator(
      'notEqualCents',
      (a, b) => Math.abs(a - b) >= EPS,
      (a) => typeof a === 'number',
    ),
  );
  engine.addRule(mismatchRule('income.total', 'income.total.stated', 'income.total.computed'));
  engine.addRule(mismatchRule('expenditure.grand', 'expenditure.grandTotal.stated', 'expenditure.grandTotal.computed'));
  engine.addRule(mismatchRule('balance', 'income.total.stated', 'expenditure.grandTotal.stated'));
  engine.addRule(mismatchRule('expenditure.lines', 'expenditure.total.stated', 'expenditure.total.lines'));
  for (const c of economicClasses) engine.addRule(mismatchRule(`economic.${c}`, `economic.${c}.stated`, `economic.${c}.lines`));
  for (const c of functionalClasses) engine.addRule(mismatchRule(`functional.${c}`, `functional.${c}.stated`, `functional.${c}.lines`));
  return engine;
}

/** Run the identity checks on one raw input; resolves to the names of the failed checks. */
export async function runIdentityChecks(engine, raw) {
  const { events } = await engine.run(identityFacts(raw));
  return events.map((e) => e.params.check);
}

/** Class codes (3 digits) of the catalogs exported by jixiao/model. */
export function catalogClasses(model) {
  return {
    economicClasses: model.ECONOMIC_CATALOG.filter((e) => e.code.length === 3).map((e) => e.code),
    functionalClasses: model.FUNCTIONAL_CATALOG.filter((e) => e.code.length === 3).map((e) => e.code),
  };
}
