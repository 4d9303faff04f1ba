/** An earlier item triage found like a text being written: its id and how alike, nothing else. */
export interface SimilarItem {
  itemId: string;
  similarity: number;
  /** `duplicate`: the same text (合并候选); `same-issue`: another report of the same problem. */
  kind: 'duplicate' | 'same-issue';
}

/** What the gateway knows of a similar item, and whether the caller may see it. */
export interface SimilarItemAccess {
  visible: boolean;
  organisationId: string | null;
  title: string | null;
  status: string;
}

export interface DisclosedSimilarItems {
  items: Array<SimilarItem & { title: string | null; status: string }>;
  /** Similar items of the caller's committee they may not see: counted, nothing more. */
  hiddenCount: number;
}

/**
 * What a caller learns of the items like the text they are writing: the items they may see, in
 * full (with title), at most `limit`; of the others only how many there are in their own
 * committee, which tells a member the issue is already reported without telling them by whom or
 * in which words. Items of other committees, and items the gateway does not know yet, are left
 * out: triage's index spans every committee, and even their number is not the caller's business.
 */
export function discloseSimilarItems(
  similar: readonly SimilarItem[],
  access: ReadonlyMap<string, SimilarItemAccess>,
  viewerOrganisationId: string,
  limit: number,
): DisclosedSimilarItems {
  const items: DisclosedSimilarItems['items'] = [];
  let hiddenCount = 0;
  for (const item of similar) {
    const known = access.get(item.itemId);
    if (known?.visible) {
      if (items.length < limit) items.push({ ...item, title: known.title, status: known.status });
    } else if (known?.organisationId === viewerOrganisationId) {
      hiddenCount += 1;
    }
  }
  return { items, hiddenCount };
}
