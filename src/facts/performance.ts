import type { Performance } from '../model/schema/performance.js';
import { type FactRecord, type RatioTerms, count, ratio, ratioTerms, unavailable } from './internal/factValue.js';
import type { FactValue } from './types.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const NO_PLANNED_TASKS = unavailable('ratio', 'noPlannedTasks', {});
const NO_KEY_TASKS = unavailable('ratio', 'noKeyTasks', {});
const NO_SATISFACTION_SURVEY = unavailable('ratio', 'noSatisfactionSurvey', {});

type Task = Performance['tasks'][number];

/** The total of a count over the tasks, undefined when any task does not give it. */
function totalOf(tasks: readonly Task[], countOf: (t: Task) => number | undefined): number | undefined {
  let total = 0;
  for (const t of tasks) {
    const n = countOf(t);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

const TASK_COMPLETION = ratioTerms('completedWork', 'plannedWork');
const TASK_TIMELINESS = ratioTerms('onTimeWork', 'plannedWork');
const TASK_QUALITY = ratioTerms('qualifiedWork', 'plannedWork');
const KEY_TASK_COMPLETION = ratioTerms('keyCompleted', 'keyAssigned');
const SATISFACTION = ratioTerms('satisfied', 'respondents');

const sum = <T>(xs: readonly T[], countOf: (x: T) => number): number => xs.reduce((a, x) => a + countOf(x), 0);

/** A rate of the planned work, unavailable when no tasks are listed. */
function taskRate(tasks: readonly Task[], done: number | undefined, terms: RatioTerms): FactValue {
  if (tasks.length === 0) return NO_PLANNED_TASKS;
  return ratio(done === undefined ? undefined : String(done), String(totalOf(tasks, (t) => t.planned)), terms);
}

/**
 * Performance facts: planned and completed work, the completion, timeliness and quality rates of
 * the planned work, the completion of key tasks, and satisfaction. Written into `facts`. @internal
 */
export function performanceFacts(p: Performance, facts: FactRecord): void {
  const tasks = p.tasks;
  const key = tasks.filter((t) => t.key);
  const surveys = p.satisfaction;
  facts['tasks.planned'] = count(totalOf(tasks, (t) => t.planned) ?? 0);
  facts['tasks.completed'] = count(totalOf(tasks, (t) => t.completed) ?? 0);
  facts['ratio.taskCompletion'] = taskRate(
    tasks,
    totalOf(tasks, (t) => t.completed),
    TASK_COMPLETION,
  );
  facts['ratio.taskTimeliness'] = taskRate(
    tasks,
    totalOf(tasks, (t) => t.onTime),
    TASK_TIMELINESS,
  );
  facts['ratio.taskQuality'] = taskRate(
    tasks,
    totalOf(tasks, (t) => t.qualified),
    TASK_QUALITY,
  );
  facts['ratio.keyTaskCompletion'] = key.length
    ? ratio(String(sum(key, (t) => t.completed)), String(sum(key, (t) => t.planned)), KEY_TASK_COMPLETION)
    : NO_KEY_TASKS;
  facts['ratio.satisfaction'] = surveys.length
    ? ratio(String(sum(surveys, (s) => s.satisfied)), String(sum(surveys, (s) => s.respondents)), SATISFACTION)
    : NO_SATISFACTION_SURVEY;
}
