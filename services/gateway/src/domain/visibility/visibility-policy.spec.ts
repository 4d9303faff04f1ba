import type { PersonRole } from '@opinion/contracts';
import { mayView, type ItemAudience, type Viewer } from './visibility-policy';

const item: ItemAudience = {
  participants: ['m-1', 'm-2'],
  organisationId: 'county-1',
  forwardedTo: ['city-1'],
  draft: false,
  sourceType: 'member',
  submitterLiaisonPoint: null,
};
const viewer = (role: PersonRole, organisationId = 'county-1', userId = 'x'): Viewer => ({
  userId,
  role,
  organisationId,
  liaisonPoint: null,
});

describe('mayView', () => {
  it('shows an item to its submitter and co-submitters, and to no other member', () => {
    expect(mayView(viewer('member', 'county-1', 'm-1'), item)).toBe(true);
    expect(mayView(viewer('member', 'county-1', 'm-2'), item)).toBe(true);
    expect(mayView(viewer('member', 'county-1', 'm-3'), item)).toBe(false);
  });

  it.each(['editor', 'reviewer', 'analyst', 'admin'] as const)(
    'shows %s the own committee’s items and those forwarded to it, not others’',
    (role) => {
      expect(mayView(viewer(role, 'county-1'), item)).toBe(true);
      expect(mayView(viewer(role, 'city-1'), item)).toBe(true);
      expect(mayView(viewer(role, 'county-2'), item)).toBe(false);
    },
  );

  it('keeps a draft to its writer', () => {
    const draft = { ...item, draft: true };
    expect(mayView(viewer('member', 'county-1', 'm-1'), draft)).toBe(true);
    expect(mayView(viewer('editor', 'county-1'), draft)).toBe(false);
  });

  it('shows a liaison officer the items of the own liaison point only', () => {
    const pointItem = {
      ...item,
      participants: ['l-1'],
      sourceType: 'liaison-point' as const,
      submitterLiaisonPoint: '东街信息联系点',
    };
    const colleague = { ...viewer('liaison', 'county-1', 'l-2'), liaisonPoint: '东街信息联系点' };
    expect(mayView(colleague, pointItem)).toBe(true);
    expect(mayView({ ...colleague, liaisonPoint: '西街信息联系点' }, pointItem)).toBe(false);
    expect(mayView(colleague, { ...pointItem, sourceType: 'member' })).toBe(false);
    expect(mayView({ ...colleague, role: 'member' }, pointItem)).toBe(false);
  });
});
