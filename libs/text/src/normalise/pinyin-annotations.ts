// A pinyin gloss after a character, e.g. 荥阳(yáng) or 荥(xing2)阳: the gloss is noise for
// matching and classification, the character stays.
const ANNOTATION =
  /(\p{Script=Han})\s*\(\s*([a-zA-Z\u00e0-\u01dc\u1e3f\u0144\u0148\u01f9 '1-5]{1,40})\s*\)/gu;
const TONE_MARK_OR_DIGIT = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ1-5]/;
const TONELESS_SYLLABLES =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)[ ']*)+$/;

function isPinyin(gloss: string): boolean {
  const lower = gloss.trim().toLowerCase();
  return TONE_MARK_OR_DIGIT.test(lower) || TONELESS_SYLLABLES.test(lower);
}

/** Removes pinyin glosses in parentheses that follow a Han character. Expects folded brackets. */
export function stripPinyinAnnotations(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(ANNOTATION, (whole, han: string, gloss: string) =>
    isPinyin(gloss) ? han : whole,
  );
}
