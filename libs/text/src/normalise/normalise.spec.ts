import { compactText, normaliseText } from './normalise';
import { stripPinyinAnnotations } from './pinyin-annotations';

describe('normaliseText', () => {
  it('converts traditional characters to simplified', () => {
    expect(normaliseText('關於社區垃圾處理的建議')).toBe('关于社区垃圾处理的建议');
  });

  it('strips pinyin glosses after a character, in either kind of bracket', () => {
    expect(normaliseText('滎陽(yáng)市')).toBe('荥阳市');
    expect(normaliseText('荥（xíng）阳市')).toBe('荥阳市');
    expect(normaliseText('荥(xing2)阳')).toBe('荥阳');
  });

  it('keeps bracketed text that is not pinyin', () => {
    expect(stripPinyinAnnotations('使用APP(WeChat)报名')).toBe('使用APP(WeChat)报名');
    expect(normaliseText('第三条(试行)')).toBe('第三条(试行)');
  });

  it('folds full-width forms and punctuation variants', () => {
    expect(normaliseText('ＡＢＣ１２３，“引号”——完')).toBe('ABC123,"引号"--完');
  });

  it('removes spaces inside Chinese text and collapses blank lines', () => {
    expect(normaliseText('社 情  民 意\r\n\r\n  第二段 ')).toBe('社情民意\n第二段');
  });

  it('drops source and contact lines at the head and foot', () => {
    const text =
      '来源：某某晚报\n转自微信公众号\n小区门口道路积水严重。\n联系人：王先生 联系电话：13800000000';
    expect(normaliseText(text)).toBe('小区门口道路积水严重.');
  });

  it('keeps a long line that merely starts like a label', () => {
    const line = `电话:${'反映的问题是小区门口道路长期积水无人处理'.repeat(5)}`;
    expect(normaliseText(line)).toBe(line);
  });
});

describe('compactText', () => {
  it('keeps only Han characters, lower-case letters and digits written as Chinese digits', () => {
    expect(compactText('A3区, 第2条: "停车"!')).toBe('a三区第二条停车');
  });

  it('writes 2019 and 二〇一九 alike', () => {
    expect(compactText('2019年')).toBe(compactText('二〇一九年'));
  });

  it('drops courtesy formulas that copies add or leave out', () => {
    expect(compactText('尊敬的领导：您好！小区门口积水。此致 敬礼！')).toBe('小区门口积水');
  });
});
