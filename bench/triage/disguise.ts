import * as OpenCC from 'opencc-js';

/** The ways a copied report is disguised; each copy gets a seeded random mix of them. */
export type Disguise =
  | 'traditional'
  | 'pinyin'
  | 'punctuation'
  | 'header-footer'
  | 'excerpt'
  | 'swap-sentences'
  | 'synonyms';

export const DISGUISES: readonly Disguise[] = [
  'traditional',
  'pinyin',
  'punctuation',
  'header-footer',
  'excerpt',
  'swap-sentences',
  'synonyms',
];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const PINYIN: Record<string, string> = {
  市: 'shì',
  区: 'qū',
  县: 'xiàn',
  路: 'lù',
  街: 'jiē',
  镇: 'zhèn',
  村: 'cūn',
  湖: 'hú',
  山: 'shān',
  河: 'hé',
  桥: 'qiáo',
  园: 'yuán',
  城: 'chéng',
  港: 'gǎng',
  塘: 'táng',
  坪: 'píng',
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
];

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
    return random() < 0.5 ? `${han}(${PINYIN[han]})` : `${han}（${PINYIN[han]}）`;
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
  let replaced = 0;
  let out = text;
  for (const [a, b] of SYNONYMS) {
    if (replaced >= 4) break;
    if (out.includes(a) && random() < 0.6) {
      out = out.replace(a, b);
      replaced++;
    }
  }
  return out;
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
    if (kind === 'traditional') [t, b] = [toTraditional(t), toTraditional(b)];
  }
  return { title: t, body: b, disguises: chosen };
}
