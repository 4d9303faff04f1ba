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

export interface PredictedRow {
  predicted: string;
  actual: string;
}

const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? 0 : numerator / denominator;

/**
 * Macro-F1 (over the labels with support), accuracy and per-class scores of predictions, whatever
 * made them: a model directly, or a model whose labels were mapped into a taxonomy.
 */
export function scorePredictions(
  labels: readonly string[],
  rows: readonly PredictedRow[],
): Evaluation {
  const truePositives = new Map<string, number>();
  const predicted = new Map<string, number>();
  const actual = new Map<string, number>();
  const bump = (counts: Map<string, number>, label: string) =>
    counts.set(label, (counts.get(label) ?? 0) + 1);
  let correct = 0;
  for (const row of rows) {
    bump(predicted, row.predicted);
    bump(actual, row.actual);
    if (row.predicted === row.actual) {
      bump(truePositives, row.predicted);
      correct++;
    }
  }
  const perClass: Record<string, ClassScore> = {};
  for (const label of labels) {
    const tp = truePositives.get(label) ?? 0;
    const precision = ratio(tp, predicted.get(label) ?? 0);
    const recall = ratio(tp, actual.get(label) ?? 0);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[label] = { precision, recall, f1, support: actual.get(label) ?? 0 };
  }
  const present = labels.filter((label) => perClass[label].support > 0);
  const macroF1 = ratio(
    present.reduce((sum, label) => sum + perClass[label].f1, 0),
    present.length,
  );
  return { macroF1, accuracy: ratio(correct, rows.length), perClass };
}
