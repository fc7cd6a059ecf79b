import { minimizeLbfgs } from './lbfgs';

/** Sparse examples in one block: row r has entries offsets[r]..offsets[r+1]−1 of indices/values. */
export interface SparseRows {
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly labels: Uint8Array;
  /** Each row's weight in the loss (class balancing). */
  readonly rowWeights: Float64Array;
}

/** Settings of one logistic-regression fit. */
export interface LogisticFitOptions {
  /** L2 strength λ on (w − center), against the summed (not averaged) loss. */
  readonly regularization: number;
  /** Weights start at and are pulled toward this (warm start); zeros when absent. */
  readonly center?: Float64Array;
  /** Bias to start from; the log-odds of the weighted labels when absent. */
  readonly initialBias?: number;
  /** Per-feature scale of the values during the fit (naive-Bayes log-count ratios); the returned weights are for unscaled values. */
  readonly featureScales?: Float64Array;
  readonly maxIterations: number;
  readonly relativeTolerance: number;
}

/** A fitted logistic regression over `dimension` features. */
export interface LogisticWeights {
  readonly weights: Float64Array;
  readonly bias: number;
}

/** L-BFGS memory (see lbfgs.ts). */
const LBFGS_MEMORY = 10;

/**
 * Fits L2-regularized logistic regression, minimizing Σ rowWeight·logloss + λ/2·‖w − center‖² (the bias is not
 * regularized). Only features that occur in the rows are optimized; the others keep their center value, which is
 * where the optimum leaves them. Deterministic for the same rows and options.
 */
export function fitLogistic(
  rows: SparseRows,
  dimension: number,
  options: LogisticFitOptions,
): LogisticWeights {
  const used = usedFeatures(rows, dimension);
  const compactOf = new Int32Array(dimension).fill(-1);
  used.forEach((feature, compact) => (compactOf[feature] = compact));
  const scales = Float64Array.from(used, (feature) => options.featureScales?.[feature] ?? 1);
  const compactIndices = Int32Array.from(rows.indices, (feature) => compactOf[feature]);
  const scaledValues = Float64Array.from(
    rows.values,
    (value, entry) => value * scales[compactIndices[entry]],
  );
  const centers = Float64Array.from(
    used,
    (feature, compact) => (options.center?.[feature] ?? 0) / scales[compact],
  );
  const rowCount = rows.labels.length;
  const start = new Float64Array(used.length + 1);
  start[0] = options.initialBias ?? weightedLogOdds(rows);
  start.set(centers, 1);
  const { offsets, labels, rowWeights } = rows;
  const lambda = options.regularization;
  const solution = minimizeLbfgs(
    (x, gradient) => {
      gradient.fill(0);
      let value = 0;
      for (let row = 0; row < rowCount; row++) {
        let logit = x[0];
        for (let entry = offsets[row]; entry < offsets[row + 1]; entry++)
          logit += x[compactIndices[entry] + 1] * scaledValues[entry];
        const weight = rowWeights[row];
        const label = labels[row];
        value += weight * (softplus(logit) - label * logit);
        const residual = weight * (1 / (1 + Math.exp(-logit)) - label);
        gradient[0] += residual;
        for (let entry = offsets[row]; entry < offsets[row + 1]; entry++)
          gradient[compactIndices[entry] + 1] += residual * scaledValues[entry];
      }
      for (let compact = 0; compact < used.length; compact++) {
        const difference = x[compact + 1] - centers[compact];
        value += 0.5 * lambda * difference * difference;
        gradient[compact + 1] += lambda * difference;
      }
      return value;
    },
    start,
    {
      maxIterations: options.maxIterations,
      memory: LBFGS_MEMORY,
      relativeTolerance: options.relativeTolerance,
    },
  );
  const weights = options.center ? Float64Array.from(options.center) : new Float64Array(dimension);
  used.forEach((feature, compact) => (weights[feature] = solution[compact + 1] * scales[compact]));
  return { weights, bias: solution[0] };
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

function usedFeatures(rows: SparseRows, dimension: number): Int32Array {
  const isUsed = new Uint8Array(dimension);
  for (const feature of rows.indices) isUsed[feature] = 1;
  const used: number[] = [];
  for (let feature = 0; feature < dimension; feature++) if (isUsed[feature] === 1) used.push(feature);
  return Int32Array.from(used);
}

function weightedLogOdds(rows: SparseRows): number {
  let positive = 0;
  let negative = 0;
  rows.labels.forEach((label, row) => {
    if (label === 1) positive += rows.rowWeights[row];
    else negative += rows.rowWeights[row];
  });
  return positive > 0 && negative > 0 ? Math.log(positive / negative) : 0;
}
