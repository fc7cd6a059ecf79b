/** Settings of the L-BFGS minimizer. */
export interface LbfgsOptions {
  /** Most iterations; training stops earlier when the objective settles. */
  readonly maxIterations: number;
  /** Curvature pairs remembered; 10 is the usual choice (Nocedal & Wright, Numerical Optimization, ch. 7). */
  readonly memory: number;
  /** Stops when an iteration improves the objective by less than this share of it. */
  readonly relativeTolerance: number;
}

/** An objective: writes the gradient at x into `gradient` and returns the value. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Armijo's sufficient-decrease constant (Nocedal & Wright's suggested 1e-4). */
const ARMIJO = 1e-4;
/** Step shrink factor of the backtracking line search. */
const BACKTRACK = 0.5;
/** A line search gives up after this many halvings. */
const MAX_BACKTRACKS = 40;

/**
 * Minimizes a smooth convex objective with limited-memory BFGS and a backtracking line search. Deterministic: plain
 * arithmetic in a fixed order, no randomness. Returns the last point reached; `x0` is not changed.
 */
export function minimizeLbfgs(objective: Objective, x0: Float64Array, options: LbfgsOptions): Float64Array {
  const size = x0.length;
  const x = Float64Array.from(x0);
  const gradient = new Float64Array(size);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(options.memory);
  const candidate = new Float64Array(size);
  const candidateGradient = new Float64Array(size);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    searchDirection(gradient, steps, changes, rhos, alphas, direction);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      steps.length = changes.length = rhos.length = 0;
      for (let index = 0; index < size; index++) direction[index] = -gradient[index];
      slope = -dot(gradient, gradient);
      if (slope === 0) break;
    }
    let step = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let candidateValue = Number.POSITIVE_INFINITY;
    let backtracks = 0;
    for (; backtracks < MAX_BACKTRACKS; backtracks++) {
      for (let index = 0; index < size; index++) candidate[index] = x[index] + step * direction[index];
      candidateValue = objective(candidate, candidateGradient);
      if (candidateValue <= value + ARMIJO * step * slope) break;
      step *= BACKTRACK;
    }
    if (backtracks === MAX_BACKTRACKS) break;
    const stepVector = new Float64Array(size);
    const change = new Float64Array(size);
    for (let index = 0; index < size; index++) {
      stepVector[index] = candidate[index] - x[index];
      change[index] = candidateGradient[index] - gradient[index];
    }
    const curvature = dot(stepVector, change);
    if (curvature > 0) {
      if (steps.length === options.memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(stepVector);
      changes.push(change);
      rhos.push(1 / curvature);
    }
    const improvement = value - candidateValue;
    x.set(candidate);
    gradient.set(candidateGradient);
    value = candidateValue;
    if (improvement <= options.relativeTolerance * Math.max(1, Math.abs(value))) break;
  }
  return x;
}

/** The two-loop recursion: direction = −H·gradient with H the L-BFGS inverse-Hessian estimate. */
function searchDirection(
  gradient: Float64Array,
  steps: readonly Float64Array[],
  changes: readonly Float64Array[],
  rhos: readonly number[],
  alphas: Float64Array,
  direction: Float64Array,
): void {
  const size = gradient.length;
  for (let index = 0; index < size; index++) direction[index] = -gradient[index];
  for (let pair = steps.length - 1; pair >= 0; pair--) {
    const alpha = rhos[pair] * dot(steps[pair], direction);
    alphas[pair] = alpha;
    const change = changes[pair];
    for (let index = 0; index < size; index++) direction[index] -= alpha * change[index];
  }
  if (steps.length > 0) {
    const last = steps.length - 1;
    const scale = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
    for (let index = 0; index < size; index++) direction[index] *= scale;
  }
  for (let pair = 0; pair < steps.length; pair++) {
    const beta = rhos[pair] * dot(changes[pair], direction);
    const step = steps[pair];
    const alpha = alphas[pair];
    for (let index = 0; index < size; index++) direction[index] += (alpha - beta) * step[index];
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index] * b[index];
  return sum;
}
