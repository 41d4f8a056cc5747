import { readFileSync } from 'node:fs';

/** The Enyang 2022 fixture as raw JSON data (a fresh copy on every call). */
export function enyang(): Record<string, any> {
  return JSON.parse(readFileSync(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url), 'utf8')) as Record<string, any>;
}
