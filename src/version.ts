declare const __JIXIAO_VERSION__: string | undefined;

/**
 * The library version (from package.json at build time).
 *
 * @example
 * ```ts
 * import { VERSION } from 'jixiao';
 * console.log(VERSION);
 * ```
 */
export const VERSION: string = typeof __JIXIAO_VERSION__ === 'string' ? __JIXIAO_VERSION__ : '0.0.0-dev';
