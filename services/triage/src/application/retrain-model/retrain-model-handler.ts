import { newId, TRIAGE_EVENTS, type ModelAdopted } from '@opinion/contracts';
import type { EventStore } from '@opinion/event-store';
import type { TriageRetrainPayload } from '@opinion/jobs';
import {
  compareModels,
  DEFAULT_TRAINING,
  trainClassifier,
  type LabelledInput,
  type TrainingOptions,
} from '@opinion/text';
import { splitHeldBack } from '../../domain/held-back';
import { modelScopeOf, modelStreamId } from '../../domain/triage-streams';
import type { ModelRegistry } from '../models/model-registry';
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

const SYSTEM = { userId: 'triage', role: 'system' as const };

/**
 * Trains a candidate from the editors' corrections (and weakly labelled uncorrected items),
 * scores it and the model in use on a deterministic held-back slice of the corrections, and
 * adopts it only when it scores better: the bytes go to MongoDB, model-adopted to the scope's
 * stream (appended at the version read first, so two runs cannot both adopt).
 */
export class RetrainModelHandler {
  constructor(
    private readonly store: EventStore,
    private readonly assessments: AssessmentsReadModel,
    private readonly texts: SubmissionTexts,
    private readonly models: ModelRegistry,
    private readonly files: Pick<ModelFiles, 'save'>,
    private readonly limits: RetrainLimits,
  ) {}

  async execute({ orgId }: TriageRetrainPayload): Promise<RetrainOutcome> {
    const scope = modelScopeOf(orgId);
    const streamId = modelStreamId(scope);
    const version = await this.store.head(streamId);
    const current = this.models.modelFor(orgId);
    const labels = current.model.labels;

    const corrections = (
      await this.assessments.corrections(orgId, this.limits.maxCorrections)
    ).filter((row) => labels.includes(row.label));
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
        ? await this.assessments.uncorrected(orgId, this.limits.weakRows)
        : [];
    const [trainingRows, scoringRows] = await Promise.all([
      this.labelled([...training, ...weak]),
      this.labelled(heldBack),
    ]);
    const candidate = trainClassifier(trainingRows, {
      ...(this.limits.training ?? DEFAULT_TRAINING),
      labels,
    });
    const comparison = compareModels(candidate, current.model, scoringRows);
    const scores = {
      heldBack: scoringRows.length,
      macroF1Previous: comparison.current.macroF1,
      macroF1New: comparison.candidate.macroF1,
    };
    if (!comparison.candidateIsBetter)
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
