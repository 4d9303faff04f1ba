import type { Locale, SimilarItemsRequest } from '@opinion/contracts';
import type { TriageIndex } from '../../domain/triage-index';

const NOTICE: Record<Locale, string> = {
  'zh-CN': '这些信息可能与您要报送的内容相似',
  en: 'These items may be similar to what you are about to submit',
};

/** POST /triage/similar: earlier items like a text about to be submitted; the index is unchanged. */
export class SimilarItemsHandler {
  constructor(private readonly index: TriageIndex) {}

  execute({ request, locale }: { request: SimilarItemsRequest; locale: Locale }) {
    const items = this.index.similar({ title: request.title, body: request.body }, request.limit);
    return { notice: items.length > 0 ? NOTICE[locale] : null, items };
  }
}
