import { isBoilerplateLine } from './boilerplate';
import { foldCharacters } from './fold-characters';
import { stripPinyinAnnotations } from './pinyin-annotations';
import { toSimplified } from './to-simplified';

const SPACE_RUN = / {2,}/g;
const SPACE_BESIDE_HAN = /(?<=[\p{Script=Han}\p{P}]) | (?=[\p{Script=Han}\p{P}])/gu;

function tidyLine(line: string): string {
  // Spaces beside Chinese text are layout, not meaning: "社 情 民 意" reads as "社情民意".
  return line.replace(SPACE_RUN, ' ').trim().replace(SPACE_BESIDE_HAN, '');
}

/**
 * Canonical form of a submitted text for matching and classification: simplified characters,
 * half-width forms, folded punctuation and spacing, no pinyin glosses, no source/contact lines.
 * Line breaks between paragraphs are kept (as single LFs).
 */
export function normaliseText(raw: string): string {
  const folded = stripPinyinAnnotations(toSimplified(foldCharacters(raw)));
  const lines: string[] = [];
  for (const line of folded.split('\n')) {
    const tidy = tidyLine(line);
    if (tidy.length > 0 && !isBoilerplateLine(tidy)) lines.push(tidy);
  }
  return lines.join('\n');
}

const COMPACT_DROP = /[^\p{Script=Han}a-z0-9]+/gu;
// Courtesy formulas open and close most letters and are added or dropped freely between copies.
const COURTESY =
  /(?:尊敬的|敬爱的)?(?:各位)?(?:领导|书记|市长|县长|区长|局长|主任|同志)?们?(?:您|你)好|此致敬礼|谢谢|感谢|望早日回复|恳请领导重视/g;
// 2019 and 二〇一九 are the same number; a Chinese digit is the common form.
const CHINESE_DIGITS = '〇一二三四五六七八九';
const DIGIT = /[0-9]/g;

/**
 * The stream that shingles are cut from: Han characters, lower-case Latin letters and digits
 * written as Chinese digits, without courtesy formulas.
 */
export function compactText(normalised: string): string {
  return normalised
    .toLowerCase()
    .replace(COMPACT_DROP, '')
    .replace(COURTESY, '')
    .replace(DIGIT, (digit) => CHINESE_DIGITS[Number(digit)]);
}
