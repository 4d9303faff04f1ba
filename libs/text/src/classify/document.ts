import { foldCharacters } from '../normalise/fold-characters';
import { normaliseText } from '../normalise/normalise';
import { toSimplified } from '../normalise/to-simplified';
import { tokenise } from '../tokenise/tokenise';

/** Raw text as submitted, or text already segmented into words separated by spaces. */
export type ClassifierInput = { title?: string; body: string } | { tokens: string };

const SPACES = / +/;

/**
 * The words a classifier sees, whichever shape the input came in. A separate title is repeated
 * `titleRepeats` times: it names the matter most densely, and segmented input has no title.
 */
export function wordsOf(input: ClassifierInput, titleRepeats = 1): string[] {
  if ('tokens' in input) {
    return toSimplified(foldCharacters(input.tokens))
      .split(SPACES)
      .filter((word) => word.length > 0);
  }
  const text = input.title ? `${`${input.title}\n`.repeat(titleRepeats)}${input.body}` : input.body;
  return tokenise(normaliseText(text));
}
