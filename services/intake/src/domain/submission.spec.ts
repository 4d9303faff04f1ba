import {
  EventRegistry,
  registerSubmissionEvents,
  SUBMISSION_EVENTS,
  type Actor,
  type DraftSaved,
  type NewEvent,
  type Revised,
  type Submitted,
  type SubmissionContent,
} from '@opinion/contracts';
// By path: @opinion/testing's index loads the servers' clients.
import {
  DeciderSpecification,
  recordedAs,
  recordedTime,
} from '../../../../libs/testing/src/decider-specification';
import { decide } from './decide';
import { evolve } from './evolve';
import type { SubmissionCommand } from './submission-commands';
import { SubmissionRuleError, type SubmissionRuleCode } from './submission-errors';
import { initialSubmissionState } from './submission-state';

const submissionId = '019a0000-0000-7000-8000-000000000001';
const member: Actor = { userId: 'm-1', role: 'member', orgId: 'org-county' };
const coSubmitter: Actor = { userId: 'm-2', role: 'member', orgId: 'org-county' };
const stranger: Actor = { userId: 'm-9', role: 'member', orgId: 'org-county' };
const editor: Actor = { userId: 'e-1', role: 'editor', orgId: 'org-county' };
const registry = registerSubmissionEvents(new EventRegistry());

/** Given events are recorded as the store would: validated, at ISO times one second apart. */
const record = recordedAs({ streamId: `submission-${submissionId}`, registry });
const spec = DeciderSpecification.for({
  decide,
  evolve,
  initialState: initialSubmissionState,
  record,
});
const stateAfter = (...events: NewEvent[]) =>
  events.map((event, index) => record(event, index + 1)).reduce(evolve, initialSubmissionState());

const refused = (code: SubmissionRuleCode) => (error: SubmissionRuleError) => error.code === code;

const content: SubmissionContent = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '服务不足', suggestions: '增设日间照料中心' },
  coSubmitters: [{ userId: 'm-2' }],
};
const revisedContent = { ...content, title: '关于加强社区居家养老服务的建议' };

// Events, as the decider makes them.
const event = <Data>(type: string, data: Data): NewEvent => ({ type, version: 1, data });
const submitted = (data: Partial<Submitted> = {}) =>
  event<Submitted>(SUBMISSION_EVENTS.submitted, {
    submissionId,
    submitter: { userId: 'm-1' },
    sourceType: 'member',
    origin: { kind: 'direct' },
    content,
    ...data,
  });
const draftSaved = (data: Partial<DraftSaved> = {}) =>
  event<DraftSaved>(SUBMISSION_EVENTS.draftSaved, {
    submissionId,
    submitter: { userId: 'm-1' },
    content,
    ...data,
  });
const revised = (data: Partial<Revised> = {}) =>
  event<Revised>(SUBMISSION_EVENTS.revised, {
    submissionId,
    revision: 2,
    content: revisedContent,
    note: '补充了数据',
    ...data,
  });
const withdrawn = event(SUBMISSION_EVENTS.withdrawn, { submissionId, reason: '问题已解决' });
type Decision = Extract<SubmissionCommand, { kind: 'record-screening' }>['decision'];
const screened = (decision: Decision) =>
  event(SUBMISSION_EVENTS.screeningRecorded, { submissionId, ...decision });
const returned = (screeningEventId = 's-1') =>
  screened({ outcome: 'returned', comments: '请补充数据', screeningEventId });
const accepted = screened({ outcome: 'accepted', screeningEventId: 's-1' });

// Commands.
const submit: SubmissionCommand = {
  kind: 'submit',
  submissionId,
  actor: member,
  sourceType: 'member',
  content,
};
const saveDraft = (actor: Actor, draft: Partial<SubmissionContent>): SubmissionCommand => ({
  kind: 'save-draft',
  submissionId,
  actor,
  content: draft,
});
const submitDraft = (actor: Actor): SubmissionCommand => ({
  kind: 'submit-draft',
  submissionId,
  actor,
});
const revise = (actor: Actor): SubmissionCommand => ({
  kind: 'revise',
  submissionId,
  actor,
  content: revisedContent,
  note: '补充了数据',
});
const withdraw = (actor: Actor): SubmissionCommand => ({
  kind: 'withdraw',
  submissionId,
  actor,
  reason: '问题已解决',
});
const recordScreening = (decision: Decision): SubmissionCommand => ({
  kind: 'record-screening',
  submissionId,
  decision,
});

describe('submitting', () => {
  it('submits a new item with the caller as submitter', () =>
    spec.given([]).when(submit).then(submitted()));

  it('refuses to submit the same item twice', () =>
    spec
      .given(submitted())
      .when(submit)
      .thenThrows(SubmissionRuleError, refused('already-exists')));

  it('keeps the submitted text as revision 1, at the time it was recorded', () => {
    const state = stateAfter(submitted());
    expect(state.status).toBe('submitted');
    expect(state.revisions).toEqual([{ revision: 1, content, at: recordedTime(1) }]);
  });
});

describe('drafts', () => {
  const partial = { title: '关于……的建议' };

  it('starts a draft for the caller', () =>
    spec
      .given([])
      .when(saveDraft(member, partial))
      .then(draftSaved({ content: partial })));

  it('replaces the draft, keeping its author', () =>
    spec
      .given(draftSaved({ content: partial }))
      .when({ ...saveDraft(member, content), sourceType: 'liaison-point' } as SubmissionCommand)
      .then(draftSaved({ content, sourceType: 'liaison-point' })));

  it('submits a complete draft as the item', () =>
    spec
      .given([draftSaved({ content: partial }), draftSaved({ sourceType: 'liaison-point' })])
      .when(submitDraft(member))
      .then(submitted({ sourceType: 'liaison-point', origin: { kind: 'draft' } })));

  it('leaves no draft once submitted', () => {
    const state = stateAfter(
      draftSaved({ sourceType: 'liaison-point' }),
      submitted({ sourceType: 'liaison-point', origin: { kind: 'draft' } }),
    );
    expect(state).toMatchObject({ status: 'submitted', origin: { kind: 'draft' }, draft: null });
  });

  it('names what an incomplete draft lacks', () =>
    spec
      .given(draftSaved({ content: partial }))
      .when(submitDraft(member))
      .thenThrows(SubmissionRuleError, (error) => {
        expect(error).toMatchObject({
          code: 'incomplete-draft',
          fields: expect.arrayContaining(['sourceType', 'body']),
        });
      }));

  it.each([
    ['change', saveDraft(coSubmitter, content)],
    ['submit', submitDraft(coSubmitter)],
    ['withdraw', withdraw(coSubmitter)],
  ])('lets only the author %s a draft', (_, command) =>
    spec.given(draftSaved()).when(command).thenThrows(SubmissionRuleError, refused('forbidden')),
  );

  it('lets the author withdraw a draft', () =>
    spec.given(draftSaved()).when(withdraw(member)).then(withdrawn));

  it('refuses to save a draft over a submitted item', () =>
    spec
      .given(submitted())
      .when(saveDraft(member, content))
      .thenThrows(SubmissionRuleError, refused('invalid-status')));

  it('refuses to submit a draft that does not exist', () =>
    spec.given([]).when(submitDraft(member)).thenThrows(SubmissionRuleError, refused('not-found')));
});

describe('revising after being returned', () => {
  it('lets a co-submitter revise a returned item as revision 2', () =>
    spec.given([submitted(), returned()]).when(revise(coSubmitter)).then(revised()));

  it('numbers revisions on after a second return', () =>
    spec
      .given([submitted(), returned('s-1'), revised(), returned('s-2')])
      .when(revise(member))
      .then(revised({ revision: 3 })));

  it('keeps every revision and resubmits', () => {
    const state = stateAfter(submitted(), returned(), revised());
    expect(state.status).toBe('submitted');
    expect(state.revisions.map((revision) => revision.revision)).toEqual([1, 2]);
    expect(state.revisions[1]).toEqual({
      revision: 2,
      content: revisedContent,
      note: '补充了数据',
      at: recordedTime(3),
    });
    expect(state.lastScreening).toEqual({
      outcome: 'returned',
      comments: '请补充数据',
      at: recordedTime(2),
    });
  });

  it('refuses a revision unless returned', () =>
    spec
      .given(submitted())
      .when(revise(member))
      .thenThrows(SubmissionRuleError, refused('invalid-status')));

  it('refuses a revision from anyone but the submitters', () =>
    spec
      .given([submitted(), returned()])
      .when(revise(stranger))
      .thenThrows(SubmissionRuleError, refused('forbidden')));

  it('refuses a revision of a missing item', () =>
    spec.given([]).when(revise(member)).thenThrows(SubmissionRuleError, refused('not-found')));
});

describe('screening outcomes from the editorial service', () => {
  it('records a return', () =>
    spec
      .given(submitted())
      .when(
        recordScreening({ outcome: 'returned', comments: '请补充数据', screeningEventId: 's-1' }),
      )
      .then(returned()));

  it('records a decision once, however often it is delivered', () =>
    spec
      .given([submitted(), returned('s-1')])
      .when(
        recordScreening({ outcome: 'returned', comments: '请补充数据', screeningEventId: 's-1' }),
      )
      .thenNothingHappened());

  it.each([
    [{ outcome: 'accepted' as const }, 'accepted'],
    [{ outcome: 'not-used' as const, reason: '与已有信息重复' }, 'not-used'],
    [{ outcome: 'merged' as const, intoSubmissionId: submissionId.replace(/1$/, '2') }, 'merged'],
  ])('moves the item to %j', (outcome, status) => {
    const decision = { ...outcome, screeningEventId: 's-9' };
    spec.given(submitted()).when(recordScreening(decision)).then(screened(decision));
    expect(stateAfter(submitted(), screened(decision)).status).toBe(status);
  });

  it('refuses a decision on an item that is not awaiting screening', () =>
    spec
      .given([submitted(), withdrawn])
      .when(recordScreening({ outcome: 'accepted', screeningEventId: 's-2' }))
      .thenThrows(SubmissionRuleError, refused('invalid-status')));
});

describe('withdrawing', () => {
  it('lets the submitter withdraw before screening', () =>
    spec.given(submitted()).when(withdraw(member)).then(withdrawn));

  it('lets a co-submitter withdraw a returned item', () =>
    spec.given([submitted(), returned()]).when(withdraw(coSubmitter)).then(withdrawn));

  it('leaves the item withdrawn', () =>
    expect(stateAfter(submitted(), withdrawn).status).toBe('withdrawn'));

  it.each([
    ['after acceptance', [submitted(), accepted], member, 'invalid-status'],
    ['twice', [submitted(), withdrawn], member, 'invalid-status'],
    ['for a stranger', [submitted()], stranger, 'forbidden'],
    ['for an editor', [submitted()], editor, 'forbidden'],
  ] as const)('refuses %s', (_, given, actor, code) =>
    spec
      .given([...given])
      .when(withdraw(actor))
      .thenThrows(SubmissionRuleError, refused(code)),
  );
});

describe('proposal conversion (提案转社情民意)', () => {
  const proposers = [
    { userId: 'm-3', name: '李四' },
    { userId: 'm-4', name: '王五' },
  ];
  const convert = (actor: Actor): SubmissionCommand => ({
    kind: 'convert-proposal',
    submissionId,
    actor,
    proposal: {
      number: '2026-088',
      title: '关于改善老旧小区加装电梯的提案',
      body: '老旧小区加装电梯推进缓慢……',
      proposers,
    },
    content: { sector: '经济界' },
  });
  const converted = submitted({
    submitter: proposers[0],
    sourceType: 'proposal-conversion',
    origin: {
      kind: 'proposal',
      proposal: { number: '2026-088', title: '关于改善老旧小区加装电梯的提案', proposers },
    },
    content: {
      sector: '经济界',
      title: '关于改善老旧小区加装电梯的提案',
      body: { text: '老旧小区加装电梯推进缓慢……' },
      coSubmitters: [proposers[1]],
    },
  });

  it('credits the proposers, not the editor, and records the proposal', () =>
    spec.given([]).when(convert(editor)).then(converted));

  it('lets a proposer withdraw the converted item', () =>
    spec
      .given(converted)
      .when(withdraw({ ...member, userId: 'm-4' }))
      .then(withdrawn));

  it('is for editors only', () =>
    spec.given([]).when(convert(member)).thenThrows(SubmissionRuleError, refused('forbidden')));

  it('happens once', () =>
    spec
      .given(converted)
      .when(convert(editor))
      .thenThrows(SubmissionRuleError, refused('already-exists')));
});

describe('evolve', () => {
  it('ignores event types it does not know', () => {
    const state = stateAfter(submitted());
    expect(evolve(state, { ...record(submitted(), 2), type: 'opinion.submission.future' })).toBe(
      state,
    );
  });

  it('gives well-formed times after the ninth event too', () => {
    const cycles = [2, 3, 4, 5, 6].flatMap((revision) => [
      returned(`s-${revision}`),
      revised({ revision }),
    ]);
    const state = stateAfter(submitted(), ...cycles);
    expect(state.revisions.map((revision) => revision.at)).toEqual(
      [1, 3, 5, 7, 9, 11].map((position) => recordedTime(position)),
    );
    expect(state.revisions.at(-1)!.at).toBe('2026-11-21T08:00:10.000Z');
    expect(state.lastScreening!.at).toBe('2026-11-21T08:00:09.000Z');
  });
});
