// Header and footer lines that say where a text came from or whom to call; they differ between
// copies of the same report and carry nothing about the issue itself. Expects folded text.
const LABELLED_LINE =
  /^[[("《<]?\s*(?:信息|本文|原文|文章)?(?:来源|来自|出处|转自|转载自|转载|摘自|原文链接|原标题|链接|联系人|联系电话|联系方式|电话|手机|邮箱|电子邮箱|e-?mail|作者|撰稿人?|供稿|报送单位|报送人|报送|反映人|提供人|责任编辑|编辑|审核|签发|发布时间|发布日期|日期|时间)\s*[:：]/i;
const SOURCE_PHRASE = /^[[("《<]?\s*(?:转自|转载自|摘自|来源于|本文来自|信息来源)/;
const MAX_BOILERPLATE_LENGTH = 80;

export function isBoilerplateLine(line: string): boolean {
  return (
    line.length <= MAX_BOILERPLATE_LENGTH && (LABELLED_LINE.test(line) || SOURCE_PHRASE.test(line))
  );
}
