/**
 * 列名对照: the columns liaison points use in their sheets, and English keys, mapped to the fields
 * of a submit request. Pure, so the mapping is tested without files.
 */

export type ImportField =
  | 'title'
  | 'text'
  | 'situation'
  | 'problem'
  | 'suggestions'
  | 'submitter'
  | 'coSubmitters'
  | 'sourceType'
  | 'sector'
  | 'region'
  | 'urgency'
  | 'greenChannel';

const HEADERS: Record<string, ImportField> = {
  标题: 'title',
  题目: 'title',
  title: 'title',
  正文: 'text',
  内容: 'text',
  body: 'text',
  text: 'text',
  情况: 'situation',
  基本情况: 'situation',
  situation: 'situation',
  问题: 'problem',
  存在问题: 'problem',
  problem: 'problem',
  建议: 'suggestions',
  意见建议: 'suggestions',
  对策建议: 'suggestions',
  suggestions: 'suggestions',
  报送人: 'submitter',
  提交人: 'submitter',
  反映人: 'submitter',
  submitter: 'submitter',
  联名人: 'coSubmitters',
  联名: 'coSubmitters',
  cosubmitters: 'coSubmitters',
  来源类型: 'sourceType',
  来源: 'sourceType',
  sourcetype: 'sourceType',
  界别: 'sector',
  sector: 'sector',
  地区: 'region',
  所属地区: 'region',
  region: 'region',
  紧急程度: 'urgency',
  urgency: 'urgency',
  直通车: 'greenChannel',
  绿色通道: 'greenChannel',
  greenchannel: 'greenChannel',
};

/** Sheets mark columns as "标题*" or "标题（必填）" and vary in spaces and case. */
export function importFieldOf(header: string): ImportField | undefined {
  const key = header
    .normalize('NFKC')
    .replace(/\(.*\)|\*|\s|_|-/g, '')
    .toLowerCase();
  return HEADERS[key];
}

const SOURCE_TYPES: Record<string, string> = {
  委员: 'member',
  委员个人: 'member',
  界别: 'sector-group',
  界别小组: 'sector-group',
  党派: 'party',
  党派团体: 'party',
  专委会: 'special-committee',
  专门委员会: 'special-committee',
  联系点: 'liaison-point',
  信息联系点: 'liaison-point',
  信息员: 'info-officer',
  特邀信息员: 'info-officer',
};

const URGENCY_LEVELS: Record<string, string> = {
  一般: 'routine',
  常规: 'routine',
  紧急: 'urgent',
  急: 'urgent',
  特急: 'critical',
  加急: 'critical',
};

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '×']);

/**
 * A cell's value as the schema should see it. Unknown values pass through unchanged, so the
 * submit schema reports them in its own words instead of the import guessing.
 */
const lookup = (table: Record<string, string>, value: string) =>
  table[value] ?? table[value.toLowerCase()] ?? value;

function yesNo(value: string): boolean | string {
  const key = value.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return value;
}

/** 张三(m-1), 张三（m-1） or m-1; a bare name keeps its text as the id, which the schema refuses. */
export function parsePerson(cell: string): { userId: string; name?: string } {
  const named = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(cell.trim());
  return named ? { userId: named[2], name: named[1] } : { userId: cell.trim() };
}

const parsePeople = (cell: string) =>
  cell
    .split(/[、，,；;\n]+/)
    .filter((part) => part.trim())
    .map(parsePerson);

export type MappedCells = Partial<Record<ImportField, string>>;

/** The cells of a sheet or CSV row by field; empty cells and unknown columns are dropped. */
export function mapColumns(cells: Record<string, unknown>): MappedCells {
  const mapped: MappedCells = {};
  for (const [header, value] of Object.entries(cells)) {
    const field = importFieldOf(header);
    const text = value === null || value === undefined ? '' : String(value).trim();
    if (field && text) mapped[field] = text;
  }
  return mapped;
}

/** Columns no field is known for (序号, 备注 …), reported once per import. */
export const unknownColumns = (headers: string[]): string[] =>
  headers.filter((header) => header.trim() && !importFieldOf(header));

export interface SheetItem {
  /** What goes to the submit schema: an object, not yet validated. */
  request: Record<string, unknown>;
  /** 报送人 as written, if other than the importer: credited first among the co-submitters. */
  submitter?: string;
}

/** Items from liaison points are theirs unless the sheet says otherwise. */
export const DEFAULT_SOURCE_TYPE = 'liaison-point';

/**
 * A mapped row as a submit request. The importer submits (the events' actor); a different 报送人
 * is credited as the first co-submitter, so the person who raised the item follows it.
 */
export function toSubmitRequest(cells: MappedCells, importerId: string): SheetItem {
  const body = Object.fromEntries(
    (['text', 'situation', 'problem', 'suggestions'] as const)
      .filter((field) => cells[field])
      .map((field) => [field, cells[field]]),
  );
  const submitter = cells.submitter ? parsePerson(cells.submitter) : undefined;
  const otherSubmitter = submitter && submitter.userId !== importerId ? submitter : undefined;
  const coSubmitters = [
    ...(otherSubmitter ? [otherSubmitter] : []),
    ...parsePeople(cells.coSubmitters ?? ''),
  ];
  const urgent = cells.urgency !== undefined || cells.greenChannel !== undefined;
  const request: Record<string, unknown> = {
    title: cells.title,
    body,
    coSubmitters,
    sourceType: cells.sourceType ? lookup(SOURCE_TYPES, cells.sourceType) : DEFAULT_SOURCE_TYPE,
    ...(cells.sector && { sector: cells.sector }),
    ...(cells.region && { region: cells.region }),
    ...(urgent && {
      urgency: {
        level: cells.urgency ? lookup(URGENCY_LEVELS, cells.urgency) : 'routine',
        greenChannel: cells.greenChannel ? yesNo(cells.greenChannel) : false,
      },
    }),
  };
  return { request, ...(otherSubmitter && { submitter: otherSubmitter.userId }) };
}
