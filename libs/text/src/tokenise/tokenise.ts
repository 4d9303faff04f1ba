import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { COMMITTEE_TERMS } from './committee-terms';

// High frequency so the user terms win over the general dictionary's splits.
const USER_TERM_FREQUENCY = 100000;
const WORDLIKE = /[\p{L}\p{N}]/u;

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    const userDict = COMMITTEE_TERMS.map((term) => `${term} ${USER_TERM_FREQUENCY} n`).join('\n');
    jieba.loadDict(Buffer.from(userDict));
  }
  return jieba;
}

/** Words of a normalised text (jieba with HMM and the committee terms); punctuation dropped. */
export function tokenise(text: string): string[] {
  return segmenter()
    .cut(text, true)
    .filter((word) => word !== ' ' && WORDLIKE.test(word));
}
