import type { ClassifierModel } from './model';
import { Classifier } from './model';
import type { LabelledInput } from './train';

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  macroF1: number;
  accuracy: number;
  perClass: Record<string, ClassScore>;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Macro-F1, accuracy and per-class scores of `model` on labelled rows. */
export function evaluate(model: ClassifierModel, rows: readonly LabelledInput[]): Evaluation {
  const classifier = new Classifier(model);
  const truePositives = new Map<string, number>();
  const predicted = new Map<string, number>();
  const actual = new Map<string, number>();
  const bump = (counts: Map<string, number>, label: string) =>
    counts.set(label, (counts.get(label) ?? 0) + 1);
  let correct = 0;
  for (const row of rows) {
    const { label } = classifier.predict(row);
    bump(predicted, label);
    bump(actual, row.label);
    if (label === row.label) {
      bump(truePositives, label);
      correct++;
    }
  }
  const perClass: Record<string, ClassScore> = {};
  for (const label of model.labels) {
    const tp = truePositives.get(label) ?? 0;
    const precision = ratio(tp, predicted.get(label) ?? 0);
    const recall = ratio(tp, actual.get(label) ?? 0);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[label] = { precision, recall, f1, support: actual.get(label) ?? 0 };
  }
  const present = model.labels.filter((label) => perClass[label].support > 0);
  const macroF1 = ratio(
    present.reduce((sum, label) => sum + perClass[label].f1, 0),
    present.length,
  );
  return { macroF1, accuracy: ratio(correct, rows.length), perClass };
}

export interface Comparison {
  candidate: Evaluation;
  current: Evaluation;
  /** True when the candidate's macro-F1 beats the current model's by more than `margin`. */
  candidateIsBetter: boolean;
}

/** For "retrain only if better on a held-back slice": scores both models on the same rows. */
export function compareModels(
  candidate: ClassifierModel,
  current: ClassifierModel,
  rows: readonly LabelledInput[],
  margin = 0,
): Comparison {
  const candidateScore = evaluate(candidate, rows);
  const currentScore = evaluate(current, rows);
  return {
    candidate: candidateScore,
    current: currentScore,
    candidateIsBetter: candidateScore.macroF1 > currentScore.macroF1 + margin,
  };
}
