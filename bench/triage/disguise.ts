import * as OpenCC from 'opencc-js';

/** The ways a copied report is disguised; each copy gets a seeded random mix of them. */
export type Disguise =
  | 'traditional'
  | 'pinyin'
  | 'punctuation'
  | 'header-footer'
  | 'excerpt'
  | 'swap-sentences'
  | 'synonyms'
  | 'numerals'
  | 'greeting'
  | 'spacing';

export const DISGUISES: readonly Disguise[] = [
  'traditional',
  'pinyin',
  'punctuation',
  'header-footer',
  'excerpt',
  'swap-sentences',
  'synonyms',
  'numerals',
  'greeting',
  'spacing',
];

// Taiwan characters, Taiwan phrases (软件 → 軟體) and Hong Kong characters.
const TRADITIONAL = (['tw', 'twp', 'hk'] as const).map((to) =>
  OpenCC.Converter({ from: 'cn', to }),
);

/** Each gloss as tone marks, tone digits and toneless, as writers mix them. */
const PINYIN: Record<string, [string, string, string]> = {
  市: ['shì', 'shi4', 'shi'],
  区: ['qū', 'qu1', 'qu'],
  县: ['xiàn', 'xian4', 'xian'],
  路: ['lù', 'lu4', 'lu'],
  街: ['jiē', 'jie1', 'jie'],
  镇: ['zhèn', 'zhen4', 'zhen'],
  村: ['cūn', 'cun1', 'cun'],
  湖: ['hú', 'hu2', 'hu'],
  山: ['shān', 'shan1', 'shan'],
  河: ['hé', 'he2', 'he'],
  桥: ['qiáo', 'qiao2', 'qiao'],
  园: ['yuán', 'yuan2', 'yuan'],
  城: ['chéng', 'cheng2', 'cheng'],
  港: ['gǎng', 'gang3', 'gang'],
  塘: ['táng', 'tang2', 'tang'],
  坪: ['píng', 'ping2', 'ping'],
};

const PINYIN_CHARACTERS = new RegExp(`[${Object.keys(PINYIN).join('')}]`, 'g');

const SYNONYMS: [string, string][] = [
  ['建议', '提议'],
  ['希望', '期望'],
  ['目前', '当前'],
  ['立即', '马上'],
  ['居民', '住户'],
  ['严重', '非常厉害'],
  ['问题', '情况'],
  ['解决', '处理'],
  ['相关部门', '有关部门'],
  ['小区', '社区'],
  ['政府', '官方'],
  ['投诉', '反映'],
  ['孩子', '小孩'],
  ['现在', '如今'],
  ['非常', '十分'],
  ['已经', '早已'],
  ['要求', '请求'],
  ['没有', '未曾'],
  ['领导', '首长'],
  ['尽快', '早日'],
  ['反映', '反馈'],
  ['群众', '老百姓'],
  ['附近', '周边'],
  ['影响', '干扰'],
  ['存在', '有'],
  ['导致', '造成'],
  ['每天', '天天'],
  ['部门', '单位'],
  ['规定', '规章'],
  ['处理', '解决'],
];

const GREETINGS = ['尊敬的领导：您好！', '各位领导好，', '市长您好：我想反映一件事。'];
const SIGN_OFFS = ['此致 敬礼！', '望早日回复，谢谢！', '恳请领导重视，谢谢。'];
const CHINESE_DIGITS = '〇一二三四五六七八九';

const HEADERS = ['来源：本地晚报', '转自微信公众号“民生观察”', '【社情民意】信息来源：网友来信'];
const FOOTERS = ['联系人：王先生  联系电话：13800000000', '报送单位：某某街道办事处', '作者：李明'];

const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}

function sentences(text: string): string[] {
  return text.match(SENTENCE) ?? [text];
}

function annotatePinyin(text: string, random: Random): string {
  let annotated = 0;
  return text.replace(PINYIN_CHARACTERS, (han) => {
    if (annotated >= 3 || random() >= 0.3) return han;
    annotated++;
    const gloss = pick(PINYIN[han], random);
    return random() < 0.5 ? `${han}(${gloss})` : `${han}（${gloss}）`;
  });
}

function changePunctuation(text: string, random: Random): string {
  return text
    .replace(/，/g, () => (random() < 0.5 ? ', ' : '，'))
    .replace(/。/g, () => (random() < 0.5 ? '. ' : '。 '))
    .replace(/[0-9A-Za-z]/g, (c) =>
      random() < 0.5 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c,
    )
    .replace(/([\u4e00-\u9fff])/g, (c) => (random() < 0.03 ? `${c} ` : c));
}

function excerpt(text: string, random: Random): string {
  const parts = sentences(text);
  if (parts.length < 3) return text.slice(0, Math.ceil(text.length * 0.7));
  const keep = Math.max(1, Math.round(parts.length * 0.7));
  const start = Math.floor(random() * (parts.length - keep + 1));
  return parts.slice(start, start + keep).join('');
}

function swapSentences(text: string, random: Random): string {
  const parts = sentences(text);
  if (parts.length < 2) return text;
  const i = Math.floor(random() * (parts.length - 1));
  [parts[i], parts[i + 1]] = [parts[i + 1], parts[i]];
  if (parts.length > 3) {
    const j = Math.floor(random() * parts.length);
    const k = Math.floor(random() * parts.length);
    [parts[j], parts[k]] = [parts[k], parts[j]];
  }
  return parts.join('');
}

function substituteSynonyms(text: string, random: Random): string {
  let out = text;
  for (const [a, b] of SYNONYMS) if (random() < 0.6) out = out.replaceAll(a, b);
  return out;
}

// Digits of numbers (years, house numbers, phone numbers), not tone digits of pinyin glosses.
function writeNumeralsInChinese(text: string): string {
  return text.replace(/(?<![a-zA-Z])[0-9]/g, (digit) => CHINESE_DIGITS[Number(digit)]);
}

function spaceOut(text: string, random: Random): string {
  const gap = random() < 0.5 ? ' ' : '\u3000';
  return text.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, gap);
}

export interface DisguisedCopy {
  title: string;
  body: string;
  disguises: Disguise[];
}

/** A disguised copy of a report: at least two disguises, drawn with `random`. */
export function disguise(title: string, body: string, random: Random): DisguisedCopy {
  const chosen = DISGUISES.filter(() => random() < 0.45);
  while (chosen.length < 2) {
    const extra = pick(DISGUISES, random);
    if (!chosen.includes(extra)) chosen.push(extra);
  }
  let [t, b] = [title, body];
  for (const kind of DISGUISES.filter((d) => chosen.includes(d))) {
    if (kind === 'excerpt') b = excerpt(b, random);
    if (kind === 'swap-sentences') b = swapSentences(b, random);
    if (kind === 'synonyms')
      [t, b] = [substituteSynonyms(t, random), substituteSynonyms(b, random)];
    if (kind === 'pinyin') [t, b] = [annotatePinyin(t, random), annotatePinyin(b, random)];
    if (kind === 'punctuation') b = changePunctuation(b, random);
    if (kind === 'header-footer') b = `${pick(HEADERS, random)}\n${b}\n${pick(FOOTERS, random)}`;
    if (kind === 'numerals') [t, b] = [writeNumeralsInChinese(t), writeNumeralsInChinese(b)];
    if (kind === 'greeting') b = `${pick(GREETINGS, random)}${b}${pick(SIGN_OFFS, random)}`;
    if (kind === 'spacing') b = spaceOut(b, random);
    if (kind === 'traditional') {
      const toTraditional = pick(TRADITIONAL, random);
      [t, b] = [toTraditional(t), toTraditional(b)];
    }
  }
  return { title: t, body: b, disguises: chosen };
}
