import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let convert: Convert | undefined;

/** Traditional → simplified Chinese (OpenCC Taiwan/Hong Kong variants → mainland forms). */
export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return convert(text);
}
