import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A `POST /api/submissions` body as a member writes it: 关于……的建议 with 情况 / 问题 / 建议. */
export interface SubmissionItem {
  title: string;
  body: { situation: string; problem: string; suggestions: string };
  sourceType: 'member';
  region?: string;
}

interface Message {
  title: string;
  body: string;
}

const DEFAULT_DATA_DIR = join(__dirname, '..', '..', '..', 'shared', 'data', 'tipdm2020c');
const MESSAGES_FILE = 'messages-with-reactions.jsonl';

const FALLBACK_TOPICS = [
  '加强社区居家养老服务',
  '规范校外培训机构收费',
  '改善老旧小区加装电梯审批流程',
  '缓解中心城区停车难',
  '推进农村生活污水治理',
  '完善新就业形态劳动者权益保障',
  '提升基层医疗机构服务能力',
  '加快城乡公交一体化',
  '规范物业服务收费',
  '支持中小微企业稳岗扩岗',
];

/** The theme of a citizen's message title, without its question or complaint wording. */
const topicOf = (title: string) =>
  title
    .replace(/[？?！!。，,：:；;\s]+$/u, '')
    .replace(/^(关于|反映|咨询|建议|投诉|举报)/u, '')
    .slice(0, 60);

const firstSentence = (text: string) => (text.split(/[。！？!?]/u)[0] || text).slice(0, 300);

function fromMessage(message: Message): SubmissionItem {
  const topic = topicOf(message.title) || '群众反映问题';
  const body = message.body.trim().slice(0, 3_000) || message.title;
  return {
    title: `关于${topic}问题的建议`,
    body: {
      situation: `近期群众反映：${body}`,
      problem: `${firstSentence(body)}，群众反映多次，问题尚未解决。`,
      suggestions: `建议有关部门就“${topic}”开展专项调查，明确责任单位和办理时限，及时向群众反馈办理结果，并建立长效机制。`,
    },
    sourceType: 'member',
  };
}

function synthetic(topic: string): SubmissionItem {
  return {
    title: `关于${topic}的建议`,
    body: {
      situation: `在走访调研中了解到，群众对${topic}的诉求较为集中，基层反映强烈。`,
      problem: `现行政策落实不够到位，部门之间协调不畅，群众办事仍有堵点。`,
      suggestions: `建议由相关部门牵头，围绕${topic}制定具体实施方案，加大财政投入，完善考核评价，定期通报进展。`,
    },
    sourceType: 'member',
  };
}

/**
 * Items made from the public 2020 泰迪杯 messages, read in place (never copied into the
 * repository), or from a short built-in list of themes when the data is not there.
 */
export function loadItems(dataDir = DEFAULT_DATA_DIR): { items: SubmissionItem[]; source: string } {
  const file = join(dataDir, MESSAGES_FILE);
  if (!existsSync(file)) {
    return { items: FALLBACK_TOPICS.map(synthetic), source: 'built-in themes (data not found)' };
  }
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => fromMessage(JSON.parse(line) as Message));
  return { items, source: `${items.length} messages from ${file}` };
}
