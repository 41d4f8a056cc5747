/**
 * Where a stated fact is read from in the input, as a path template: dot-separated segments, each
 * a field name, a `{placeholder}` of the fact name (`threePublicFunds.{item}.budget`), or a list
 * item chosen by one of its fields (`ledger.expenditure.byEconomic[code={code}].amount`). The
 * module that reads a stated fact declares its template next to the reading (its `*_INPUT` map),
 * names the field with the same template when it was left out ({@link fillField}), and the catalog
 * and `factInputPath` take it from there: one declaration per field.
 */

/** A fact name or pattern → the path template of the input field it is read from. @internal */
export type InputFields = Readonly<Record<string, string>>;

/** A template with its `{placeholder}`s filled, as written in issues ("threePublicFunds.reception.actual"). @internal */
export const fillField = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, p: string) => params[p] ?? whole);
