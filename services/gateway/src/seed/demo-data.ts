import type { CreateOrganisationRequest, CreateUserRequest } from '@opinion/contracts';

/** Fixed ids, so a second run finds the tree it made the first time. */
export const DEMO_ORGANISATIONS: Array<CreateOrganisationRequest & { organisationId: string }> = [
  { organisationId: 'cppcc-national', name: '全国政协', level: 'national', parentId: null },
  {
    organisationId: 'demo-province',
    name: '某省政协',
    level: 'provincial',
    parentId: 'cppcc-national',
  },
  { organisationId: 'demo-city', name: '某市政协', level: 'municipal', parentId: 'demo-province' },
  { organisationId: 'demo-district', name: '某区政协', level: 'county', parentId: 'demo-city' },
];

const district = 'demo-district';

/** One user of every role at the district; demo passwords are documented in the README. */
export const DEMO_USERS: CreateUserRequest[] = [
  {
    username: 'member',
    password: 'member-demo-2026',
    displayName: '张委员',
    organisationId: district,
    role: 'member',
    sector: '经济界',
    party: '民盟',
    specialCommittee: '经济委员会',
  },
  {
    username: 'member2',
    password: 'member2-demo-2026',
    displayName: '李委员',
    organisationId: district,
    role: 'member',
    sector: '教育界',
  },
  {
    username: 'liaison',
    password: 'liaison-demo-2026',
    displayName: '王信息员',
    organisationId: district,
    role: 'liaison',
    liaisonPoint: '东街街道信息联系点',
  },
  {
    username: 'editor',
    password: 'editor-demo-2026',
    displayName: '赵编辑',
    organisationId: district,
    role: 'editor',
  },
  {
    username: 'reviewer',
    password: 'reviewer-demo-2026',
    displayName: '钱秘书长',
    organisationId: district,
    role: 'reviewer',
  },
  {
    username: 'analyst',
    password: 'analyst-demo-2026',
    displayName: '孙分析员',
    organisationId: district,
    role: 'analyst',
  },
  {
    username: 'admin',
    password: 'admin-demo-2026',
    displayName: '周管理员',
    organisationId: district,
    role: 'admin',
  },
  {
    username: 'city-editor',
    password: 'city-editor-demo-2026',
    displayName: '吴编辑（市）',
    organisationId: 'demo-city',
    role: 'editor',
  },
];
