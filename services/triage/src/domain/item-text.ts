import type { SubmissionContent } from '@opinion/contracts';
import type { TextItem } from '@opinion/text';

/** The text triage reads of an item: its title, and its body as one text (情况, 问题, 建议 joined). */
export function itemText(content: Pick<SubmissionContent, 'title' | 'body'>): TextItem {
  const { text, situation, problem, suggestions } = content.body;
  const body = [text, situation, problem, suggestions].filter(Boolean).join('\n');
  return { title: content.title, body };
}
