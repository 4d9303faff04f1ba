import type { SimilarItemsRequest } from '@opinion/contracts';
import {
  discloseSimilarItems,
  type SimilarItemAccess,
} from '../../domain/visibility/similar-items';
import { DownstreamAnswerError } from '../application-errors';
import type {
  ForwardCommandHandler,
  ForwardedAnswer,
} from '../forward-command/forward-command-handler';
import type { SubmissionReadModel } from '../ports/submission-read-model';
import type { Principal } from '../principal';
import type { SubmissionVisibility } from '../submission-visibility';
import { triageSimilarAnswerSchema } from './triage-similar-answer';

/** The most triage answers; asked for every time, since some of them will not be shown. */
const TRIAGE_LIMIT = 20;
const OK = 200;

/**
 * "这些信息可能与您要报送的内容相似": triage's look-alikes of a text being written, reduced to
 * what the caller may learn (domain/visibility/similar-items). Triage's errors pass through.
 */
export class SimilarItemsHandler {
  constructor(
    private readonly triage: ForwardCommandHandler,
    private readonly submissions: SubmissionReadModel,
    private readonly visibility: SubmissionVisibility,
  ) {}

  async execute(
    request: SimilarItemsRequest,
    principal: Principal,
    headers: Record<string, string | undefined>,
  ): Promise<ForwardedAnswer> {
    const answer = await this.triage.execute({
      method: 'POST',
      path: '/triage/similar',
      body: { ...request, limit: TRIAGE_LIMIT },
      principal,
      headers,
    });
    if (answer.status !== OK) return answer;
    const parsed = triageSimilarAnswerSchema.safeParse(answer.body);
    if (!parsed.success) throw new DownstreamAnswerError('triage', parsed.error.message);
    const { notice, items } = parsed.data;
    const disclosed = discloseSimilarItems(
      items,
      await this.accessTo(
        items.map((item) => item.itemId),
        principal,
      ),
      principal.organisationId,
      request.limit,
    );
    return {
      ...answer,
      body: { notice: disclosed.items.length > 0 ? notice : null, ...disclosed },
    };
  }

  private async accessTo(
    itemIds: string[],
    principal: Principal,
  ): Promise<Map<string, SimilarItemAccess>> {
    const views = await this.submissions.findMany(itemIds);
    const visible = await this.visibility.visibleEach(views, principal);
    return new Map(
      views.map((view, index) => [
        view.submissionId ?? '',
        {
          visible: visible[index],
          organisationId: view.organisationId,
          title: view.content?.title ?? null,
          status: view.status,
        },
      ]),
    );
  }
}
