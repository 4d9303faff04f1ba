import type { ClassifierModel } from './model';
import { Classifier } from './model';
import { scorePredictions, type Evaluation } from './prediction-scores';
import type { LabelledInput } from './train';

export type { ClassScore, Evaluation } from './prediction-scores';

/** Macro-F1, accuracy and per-class scores of `model` on labelled rows. */
export function evaluate(model: ClassifierModel, rows: readonly LabelledInput[]): Evaluation {
  const classifier = new Classifier(model);
  return scorePredictions(
    model.labels,
    rows.map((row) => ({ predicted: classifier.predict(row).label, actual: row.label })),
  );
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
