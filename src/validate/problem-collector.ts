import type { FeedProblem, ProblemCode } from './problems.js';

/** Problems listed one by one per code; past this, they are counted in one summary line. */
const DETAILED_PROBLEMS_PER_CODE = 200;

/**
 * Gathers problems without letting a feed with 100,000 broken records build a 100,000-line
 * report: each code keeps its first problems and counts the rest.
 */
export class ProblemCollector {
  private readonly list: FeedProblem[] = [];
  private readonly perCode = new Map<ProblemCode, number>();
  private readonly overflow = new Map<ProblemCode, FeedProblem>();
  private readonly aggregated = new Map<string, { problem: FeedProblem; count: number }>();
  /** Distinct aggregated things per code. */
  private readonly aggregatedKinds = new Map<ProblemCode, number>();

  constructor(private readonly source?: string) {}

  add(problem: FeedProblem): void {
    const seen = (this.perCode.get(problem.code) ?? 0) + 1;
    this.perCode.set(problem.code, seen);
    const stamped = this.source && !problem.source ? { ...problem, source: this.source } : problem;
    if (seen <= DETAILED_PROBLEMS_PER_CODE) {
      this.list.push(stamped);
      return;
    }
    const summary = this.overflow.get(problem.code);
    const count = seen - DETAILED_PROBLEMS_PER_CODE;
    this.overflow.set(problem.code, {
      severity: summary?.severity === 'error' || problem.severity === 'error' ? 'error' : problem.severity,
      code: 'too-many-problems',
      path: summary?.path ?? problem.path,
      params: { count, code: problem.code },
      ...(this.source ? { source: this.source } : {}),
    });
  }

  addAll(problems: readonly FeedProblem[]): void {
    for (const problem of problems) this.add(problem);
  }

  /** One problem for many occurrences of the same thing (an unknown field on every record). */
  addAggregated(code: ProblemCode, key: string, problem: FeedProblem): void {
    const entry = this.aggregated.get(key);
    if (entry) {
      entry.count += 1;
      return;
    }
    // As many distinct things as records (a new unknown field on each): counted like the others.
    const kinds = (this.aggregatedKinds.get(code) ?? 0) + 1;
    if (kinds > DETAILED_PROBLEMS_PER_CODE) {
      this.add(problem);
      return;
    }
    this.aggregatedKinds.set(code, kinds);
    this.aggregated.set(key, { problem, count: 1 });
  }

  problems(): FeedProblem[] {
    const aggregated = [...this.aggregated.values()].map(({ problem, count }) =>
      count > 1 ? { ...problem, params: { ...problem.params, count } } : problem,
    );
    const all = [
      ...this.list,
      ...aggregated.map((problem) => (this.source ? { ...problem, source: this.source } : problem)),
      ...this.overflow.values(),
    ];
    const order = { error: 0, warning: 1, notice: 2 };
    // Stable sort: errors first, each group in document order.
    return all
      .map((problem, index) => ({ problem, index }))
      .sort((a, b) => order[a.problem.severity] - order[b.problem.severity] || a.index - b.index)
      .map(({ problem }) => problem);
  }
}
