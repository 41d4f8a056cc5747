/** Render docs/input-format.md from the evaluation-input JSON Schema. */
export function renderInputFormat(schema: Record<string, unknown>): string;
