import { seededRandom, shuffleInPlace } from '../random';
import type { ClassifierInput } from './document';
import { wordsOf } from './document';
import { FeatureHasher, weighTfIdf, type FeatureSpec, type SparseVector } from './features';
import { classProbabilities, type ClassifierModel } from './model';
import { addToVocabulary, emptyVocabulary } from './vocabulary';

export type LabelledInput = ClassifierInput & { label: string };

export interface TrainingOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per example. */
  l2: number;
  /** Pulls small classes up for macro-F1; see balancingWeights. */
  classBalance: number;
  /** SGD runs (seeds seed, seed+1, …) whose weights are averaged. */
  restarts: number;
  features: FeatureSpec;
  /** Label set and order (an organisation's taxonomy); defaults to labels in order of first use. */
  labels?: readonly string[];
}

export const DEFAULT_FEATURES: FeatureSpec = {
  buckets: 1 << 18,
  charNgramMin: 1,
  charNgramMax: 2,
  wordBigrams: false,
  titleRepeats: 2,
  leadWords: 8,
  leadRepeats: 1,
};

export const DEFAULT_TRAINING: TrainingOptions = {
  seed: 20201,
  epochs: 10,
  learningRate: 2,
  l2: 1e-6,
  classBalance: 0.5,
  restarts: 5,
  features: DEFAULT_FEATURES,
};

/** Per-class sample weights (n / (classes · n_c))^power: 0 = none, 1 = fully balanced. */
function balancingWeights(
  targets: readonly number[],
  classes: number,
  power: number,
): Float64Array {
  const counts = new Float64Array(classes);
  for (const target of targets) counts[target]++;
  return counts.map((count) => (count === 0 ? 0 : (targets.length / (classes * count)) ** power));
}

function labelSet(rows: readonly LabelledInput[], declared?: readonly string[]): string[] {
  const labels = declared ? [...declared] : [...new Set(rows.map((row) => row.label))];
  const known = new Set(labels);
  const stray = rows.find((row) => !known.has(row.label));
  if (stray) throw new Error(`label "${stray.label}" is not in the taxonomy`);
  if (labels.length < 2) throw new Error('training needs at least two labels');
  return labels;
}

function inverseDocumentFrequency(counts: readonly SparseVector[], buckets: number): Float32Array {
  const df = new Float32Array(buckets);
  for (const vector of counts) for (const index of vector.indices) df[index] += 1;
  const idf = new Float32Array(buckets);
  for (let i = 0; i < buckets; i++) {
    if (df[i] > 0) idf[i] = Math.log((counts.length + 1) / (df[i] + 1)) + 1;
  }
  return idf;
}

/** One seeded SGD run of softmax regression, from the weights `model` starts with. */
function fitBySgd(
  model: ClassifierModel,
  vectors: readonly SparseVector[],
  targets: readonly number[],
  options: TrainingOptions,
  seed: number,
): void {
  const classes = model.labels.length;
  const probabilities = new Float64Array(classes);
  const classWeights = balancingWeights(targets, classes, options.classBalance);
  const order = vectors.map((_, i) => i);
  const random = seededRandom(seed);
  const totalSteps = options.epochs * vectors.length;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const rate = options.learningRate / (1 + (4 * step++) / totalSteps);
      const { indices, values } = vectors[i];
      const sampleWeight = classWeights[targets[i]];
      classProbabilities(model, indices, values, probabilities);
      for (let c = 0; c < classes; c++) {
        const gradient = sampleWeight * (probabilities[c] - (c === targets[i] ? 1 : 0));
        model.bias[c] -= rate * gradient;
        for (let k = 0; k < indices.length; k++) {
          const at = indices[k] * classes + c;
          model.weights[at] -= rate * (gradient * values[k] + options.l2 * model.weights[at]);
        }
      }
    }
  }
}

/**
 * Multinomial logistic regression over hashed tf-idf word and character n-gram features. The
 * weights are the average of `restarts` seeded SGD runs, which lowers the variance one run has
 * from its visiting order. Same rows and options → the same model, bit for bit.
 */
export function trainClassifier(
  rows: readonly LabelledInput[],
  options: TrainingOptions = DEFAULT_TRAINING,
): ClassifierModel {
  const labels = labelSet(rows, options.labels);
  const classOf = new Map(labels.map((label, c) => [label, c]));
  const hasher = new FeatureHasher(options.features);
  const vocabulary = emptyVocabulary();
  const counts = rows.map((row) => {
    const words = wordsOf(row, options.features.titleRepeats);
    for (const word of words) addToVocabulary(vocabulary, word);
    return hasher.countsOf(words);
  });
  const idf = inverseDocumentFrequency(counts, options.features.buckets);
  const vectors = counts.map((vector) => weighTfIdf(vector, idf));
  const targets = rows.map((row) => classOf.get(row.label) as number);

  const size = options.features.buckets * labels.length;
  const model: ClassifierModel = {
    labels,
    features: options.features,
    idf,
    vocabulary,
    weights: new Float32Array(size),
    bias: new Float32Array(labels.length),
    metadata: { trainedRows: rows.length, seed: options.seed },
  };
  const run = { ...model, weights: new Float32Array(size), bias: new Float32Array(labels.length) };
  for (let restart = 0; restart < options.restarts; restart++) {
    run.weights.fill(0);
    run.bias.fill(0);
    fitBySgd(run, vectors, targets, options, options.seed + restart);
    for (let i = 0; i < size; i++) model.weights[i] += run.weights[i] / options.restarts;
    for (let c = 0; c < labels.length; c++) model.bias[c] += run.bias[c] / options.restarts;
  }
  return model;
}
