import { newId, TRIAGE_EVENTS, type ModelAdopted } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import type { TriageRetrainPayload } from '@opinion/jobs';
import {
  Classifier,
  DEFAULT_TRAINING,
  predictionInTaxonomy,
  scorePredictions,
  trainClassifier,
  type LabelledInput,
  type Taxonomy,
  type TrainingOptions,
} from '@opinion/text';
import { splitHeldBack } from '../../domain/held-back';
import { modelScopeOf, modelStreamId } from '../../domain/triage-streams';
import type { ModelRegistry } from '../models/model-registry';
import type { TaxonomyRegistry } from '../taxonomies/taxonomy-registry';
import type { AssessmentsReadModel, LabelledItem, ModelFiles, SubmissionTexts } from '../ports';

export interface RetrainLimits {
  /** Fewer corrections than this: nothing is trained. */
  minCorrections: number;
  maxCorrections: number;
  /** Uncorrected items added as weakly labelled rows, so the candidate keeps what the current
   * model knows about everything the editors did not touch. 0 trains on corrections alone. */
  weakRows: number;
  training?: TrainingOptions;
}

export type RetrainOutcome =
  | {
      outcome: 'adopted';
      modelId: string;
      macroF1Previous: number;
      macroF1New: number;
      heldBack: number;
    }
  | {
      outcome: 'rejected';
      reason: 'too-few-corrections' | 'not-better';
      heldBack: number;
      macroF1Previous?: number;
      macroF1New?: number;
    };

/** Where the end of each run is counted (`triage_retraining_total`): its outcome, or `failed`. */
export interface RetrainingOutcomes {
  retrainingEnded(outcome: RetrainOutcome['outcome'] | 'failed', reason: string): void;
}

const SYSTEM = { userId: 'triage', role: 'system' as const };

/**
 * Trains a candidate for the scope's taxonomy in force (the organisation's, or the committee
 * domains for the default scope) from the editors' corrections and weakly labelled uncorrected
 * items, both in taxonomy labels; rows whose label is no longer in the taxonomy are left out, so
 * the candidate speaks the taxonomy. It and the model in use, its answers mapped into the
 * taxonomy, are scored on a deterministic held-back slice of the corrections; the candidate is
 * adopted only when it scores better: the bytes go to MongoDB, model-adopted to the scope's
 * stream (appended at the version read first, so two runs cannot both adopt).
 */
export class RetrainModelHandler {
  constructor(
    private readonly store: EventStorePort,
    private readonly assessments: AssessmentsReadModel,
    private readonly texts: SubmissionTexts,
    private readonly models: ModelRegistry,
    private readonly taxonomies: TaxonomyRegistry,
    private readonly files: Pick<ModelFiles, 'save'>,
    private readonly limits: RetrainLimits,
  ) {}

  async execute({ orgId }: TriageRetrainPayload): Promise<RetrainOutcome> {
    const scope = modelScopeOf(orgId);
    const streamId = modelStreamId(scope);
    const version = await this.store.head(streamId);
    const current = this.models.modelFor(orgId);
    const taxonomy = this.taxonomies.inForce(orgId);
    const inTaxonomy = (row: LabelledItem) => taxonomy.labels.includes(row.label);

    const corrections = (
      await this.assessments.corrections(orgId, this.limits.maxCorrections)
    ).filter(inTaxonomy);
    const { training, heldBack } = splitHeldBack(corrections);
    if (
      corrections.length < this.limits.minCorrections ||
      heldBack.length === 0 ||
      training.length === 0
    ) {
      return { outcome: 'rejected', reason: 'too-few-corrections', heldBack: heldBack.length };
    }
    const weak =
      this.limits.weakRows > 0
        ? (await this.assessments.uncorrected(orgId, this.limits.weakRows)).filter(inTaxonomy)
        : [];
    const [trainingRows, scoringRows] = await Promise.all([
      this.labelled([...training, ...weak]),
      this.labelled(heldBack),
    ]);
    const candidate = trainClassifier(trainingRows, {
      ...(this.limits.training ?? DEFAULT_TRAINING),
      labels: taxonomy.labels,
    });
    const scores = {
      heldBack: scoringRows.length,
      macroF1Previous: macroF1InTaxonomy(new Classifier(current.model), taxonomy, scoringRows),
      macroF1New: macroF1InTaxonomy(new Classifier(candidate), taxonomy, scoringRows),
    };
    if (scores.macroF1New <= scores.macroF1Previous)
      return { outcome: 'rejected', reason: 'not-better', ...scores };

    const modelId = newId();
    await this.files.save(modelId, scope, candidate);
    const data: ModelAdopted = {
      modelId,
      previousModelId: current.modelId,
      ...scores,
      trainedRows: trainingRows.length,
    };
    await this.store.append(
      streamId,
      version === 0 ? 'no_stream' : version,
      [{ type: TRIAGE_EVENTS.modelAdopted, version: 1, data }],
      { actor: { ...SYSTEM, orgId: orgId ?? scope }, correlationId: newId(), causationId: null },
    );
    this.models.use(scope, modelId, candidate);
    return { outcome: 'adopted', modelId, ...scores };
  }

  private async labelled(rows: readonly LabelledItem[]): Promise<LabelledInput[]> {
    const texts = await this.texts.textsOf(rows.map((row) => row.itemId));
    return rows.flatMap((row) => {
      const text = texts.get(row.itemId);
      return text ? [{ ...text, label: row.label }] : [];
    });
  }
}

/** Macro-F1 of a model's answers mapped into a taxonomy (a model trained for it maps to itself). */
function macroF1InTaxonomy(
  classifier: Classifier,
  taxonomy: Taxonomy,
  rows: readonly LabelledInput[],
): number {
  return scorePredictions(
    taxonomy.labels,
    rows.map((row) => ({
      predicted: predictionInTaxonomy(classifier.predict(row).scores, taxonomy).label,
      actual: row.label,
    })),
  ).macroF1;
}
