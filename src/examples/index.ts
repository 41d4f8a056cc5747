/**
 * `jixiao/examples`: ready-made evaluation inputs, for trying the library, for tests and for demos.
 *
 * @packageDocumentation
 */
import type { EvaluationInputData } from '../model/schema/input.js';
import enyang from './enyang-administrative-approval-2022.json' with { type: 'json' };

/**
 * The reference department: 巴中市恩阳区行政审批局, fiscal year 2022, as transcribed from its published
 * self-evaluation report (恩财监绩〔2023〕4号). It is the input behind `jixiao demo` and scores 98 (优秀)
 * under the default indicator system `enyang-2023`.
 *
 * The object is the test fixture itself (bundled at build time: one source of truth); treat it as read-only.
 *
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 *
 * const result = evaluateDepartment(ENYANG_2022_EXAMPLE);
 * console.log(result.score.total, result.score.grade.label); // "98" "优秀"
 * ```
 */
export const ENYANG_2022_EXAMPLE: EvaluationInputData = enyang as unknown as EvaluationInputData;
