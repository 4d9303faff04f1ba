import {
  EventRegistry,
  registerSubmissionEvents,
  SUBMISSION_EVENTS,
  type Actor,
  type EventEnvelope,
  type NewEvent,
  type SubmissionContent,
} from '@opinion/contracts';
import { decide } from './decide';
import { evolve } from './evolve';
import type { SubmissionCommand } from './submission-commands';
import { SubmissionRuleError } from './submission-errors';
import { initialSubmissionState, type SubmissionState } from './submission-state';

const submissionId = '019a0000-0000-7000-8000-000000000001';
const member: Actor = { userId: 'm-1', role: 'member', orgId: 'org-county' };
const coSubmitter: Actor = { userId: 'm-2', role: 'member', orgId: 'org-county' };
const stranger: Actor = { userId: 'm-9', role: 'member', orgId: 'org-county' };
const editor: Actor = { userId: 'e-1', role: 'editor', orgId: 'org-county' };
const registry = registerSubmissionEvents(new EventRegistry());

const content: SubmissionContent = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '服务不足', suggestions: '增设日间照料中心' },
  coSubmitters: [{ userId: 'm-2' }],
};

/** Folds the events a sequence of commands causes, checking each against its schema as the store would. */
function run(...commands: SubmissionCommand[]): SubmissionState {
  let position = 0;
  return commands.reduce((state, command) => {
    const events = decide(command, state);
    return events.reduce((next, event) => evolve(next, envelope(event, (position += 1))), state);
  }, initialSubmissionState());
}

function envelope(event: NewEvent, streamPosition: number): EventEnvelope {
  return {
    ...event,
    data: registry.validate(event.type, event.version, event.data),
    eventId: `e-${streamPosition}`,
    streamId: `submission-${submissionId}`,
    streamPosition,
    occurredAt: `2026-11-21T08:00:0${streamPosition}.000Z`,
    actor: member,
    correlationId: 'c-1',
    causationId: null,
  };
}

const submit: SubmissionCommand = {
  kind: 'submit',
  submissionId,
  actor: member,
  sourceType: 'member',
  content,
};
const returned = (screeningEventId = 's-1'): SubmissionCommand => ({
  kind: 'record-screening',
  submissionId,
  decision: { outcome: 'returned', comments: '请补充数据', screeningEventId },
});
const revise = (actor: Actor): SubmissionCommand => ({
  kind: 'revise',
  submissionId,
  actor,
  content: { ...content, title: '关于加强社区居家养老服务的建议' },
  note: '补充了数据',
});
const withdraw = (actor: Actor): SubmissionCommand => ({
  kind: 'withdraw',
  submissionId,
  actor,
  reason: '问题已解决',
});

const refusal = (state: SubmissionState, command: SubmissionCommand) => {
  try {
    decide(command, state);
  } catch (error) {
    expect(error).toBeInstanceOf(SubmissionRuleError);
    return (error as SubmissionRuleError).code;
  }
  throw new Error(`${command.kind} was not refused`);
};

describe('submitting', () => {
  it('submits a new item as revision 1 with the caller as submitter', () => {
    const [event] = decide(submit, initialSubmissionState());
    expect(event).toEqual({
      type: SUBMISSION_EVENTS.submitted,
      version: 1,
      data: {
        submissionId,
        submitter: { userId: 'm-1' },
        sourceType: 'member',
        origin: { kind: 'direct' },
        content,
      },
    });
    const state = run(submit);
    expect(state.status).toBe('submitted');
    expect(state.revisions).toEqual([{ revision: 1, content, at: '2026-11-21T08:00:01.000Z' }]);
  });

  it('refuses to submit the same item twice', () => {
    expect(refusal(run(submit), submit)).toBe('already-exists');
  });
});

describe('drafts', () => {
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

  it('saves, resumes and submits a draft, keeping the author', () => {
    const state = run(
      saveDraft(member, { title: '关于……的建议' }),
      { ...saveDraft(member, { ...content }), sourceType: 'liaison-point' } as SubmissionCommand,
      submitDraft(member),
    );
    expect(state).toMatchObject({
      status: 'submitted',
      submitter: { userId: 'm-1' },
      sourceType: 'liaison-point',
      origin: { kind: 'draft' },
      draft: null,
    });
    expect(state.revisions[0].content).toEqual(content);
  });

  it('names what an incomplete draft lacks', () => {
    const state = run(saveDraft(member, { title: '关于……的建议' }));
    try {
      decide(submitDraft(member), state);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'incomplete-draft',
        fields: expect.arrayContaining(['sourceType', 'body']),
      });
    }
  });

  it('lets only the author change or submit a draft', () => {
    const state = run(saveDraft(member, content));
    expect(refusal(state, saveDraft(coSubmitter, content))).toBe('forbidden');
    expect(refusal(state, submitDraft(coSubmitter))).toBe('forbidden');
    expect(refusal(state, withdraw(coSubmitter))).toBe('forbidden');
    expect(run(saveDraft(member, content), withdraw(member)).status).toBe('withdrawn');
  });

  it('refuses to save a draft over a submitted item or to submit a missing one', () => {
    expect(refusal(run(submit), saveDraft(member, content))).toBe('invalid-status');
    expect(refusal(initialSubmissionState(), submitDraft(member))).toBe('not-found');
  });
});

describe('revising after being returned', () => {
  it('keeps every revision and resubmits', () => {
    const state = run(submit, returned(), revise(coSubmitter));
    expect(state.status).toBe('submitted');
    expect(state.revisions.map((revision) => revision.revision)).toEqual([1, 2]);
    expect(state.revisions[1]).toMatchObject({
      note: '补充了数据',
      content: { title: '关于加强社区居家养老服务的建议' },
    });
    expect(state.lastScreening).toMatchObject({ outcome: 'returned', comments: '请补充数据' });
  });

  it('numbers revisions on after a second return', () => {
    const state = run(submit, returned('s-1'), revise(member), returned('s-2'), revise(member));
    expect(state.revisions.map((revision) => revision.revision)).toEqual([1, 2, 3]);
  });

  it('refuses a revision unless returned, and from anyone but the submitters', () => {
    expect(refusal(run(submit), revise(member))).toBe('invalid-status');
    expect(refusal(run(submit, returned()), revise(stranger))).toBe('forbidden');
    expect(refusal(initialSubmissionState(), revise(member))).toBe('not-found');
  });
});

describe('screening outcomes from the editorial service', () => {
  it('records a decision once, however often it is delivered', () => {
    const state = run(submit, returned('s-1'));
    expect(decide(returned('s-1'), state)).toEqual([]);
    expect(state.screeningEventIds).toEqual(['s-1']);
  });

  it.each([
    [{ outcome: 'accepted' as const }, 'accepted'],
    [{ outcome: 'not-used' as const, reason: '与已有信息重复' }, 'not-used'],
    [{ outcome: 'merged' as const, intoSubmissionId: submissionId.replace(/1$/, '2') }, 'merged'],
  ])('moves the item to %j', (outcome, status) => {
    const state = run(submit, {
      kind: 'record-screening',
      submissionId,
      decision: { ...outcome, screeningEventId: 's-9' },
    });
    expect(state.status).toBe(status);
  });

  it('refuses a decision on an item that is not awaiting screening', () => {
    expect(refusal(run(submit, withdraw(member)), returned())).toBe('invalid-status');
  });
});

describe('withdrawing', () => {
  it('lets the submitter or a co-submitter withdraw before acceptance', () => {
    expect(run(submit, withdraw(member)).status).toBe('withdrawn');
    expect(run(submit, returned(), withdraw(coSubmitter)).status).toBe('withdrawn');
  });

  it('refuses after acceptance, twice, or from anyone else', () => {
    const accepted = run(submit, {
      kind: 'record-screening',
      submissionId,
      decision: { outcome: 'accepted', screeningEventId: 's-1' },
    });
    expect(refusal(accepted, withdraw(member))).toBe('invalid-status');
    expect(refusal(run(submit, withdraw(member)), withdraw(member))).toBe('invalid-status');
    expect(refusal(run(submit), withdraw(stranger))).toBe('forbidden');
    expect(refusal(run(submit), withdraw(editor))).toBe('forbidden');
  });
});

describe('proposal conversion (提案转社情民意)', () => {
  const convert = (actor: Actor): SubmissionCommand => ({
    kind: 'convert-proposal',
    submissionId,
    actor,
    proposal: {
      number: '2026-088',
      title: '关于改善老旧小区加装电梯的提案',
      body: '老旧小区加装电梯推进缓慢……',
      proposers: [
        { userId: 'm-3', name: '李四' },
        { userId: 'm-4', name: '王五' },
      ],
    },
    content: { sector: '经济界' },
  });

  it('credits the proposers and records the proposal', () => {
    const state = run(convert(editor));
    expect(state).toMatchObject({
      status: 'submitted',
      submitter: { userId: 'm-3', name: '李四' },
      sourceType: 'proposal-conversion',
      origin: { kind: 'proposal', proposal: { number: '2026-088' } },
    });
    expect(state.revisions[0].content).toMatchObject({
      title: '关于改善老旧小区加装电梯的提案',
      body: { text: '老旧小区加装电梯推进缓慢……' },
      coSubmitters: [{ userId: 'm-4', name: '王五' }],
      sector: '经济界',
    });
    expect(run(convert(editor), withdraw({ ...member, userId: 'm-4' })).status).toBe('withdrawn');
  });

  it('is for editors only, and only once', () => {
    expect(refusal(initialSubmissionState(), convert(member))).toBe('forbidden');
    expect(refusal(run(convert(editor)), convert(editor))).toBe('already-exists');
  });
});

describe('evolve', () => {
  it('ignores event types it does not know', () => {
    const state = run(submit);
    expect(
      evolve(state, {
        ...envelope(decide(submit, initialSubmissionState())[0], 2),
        type: 'opinion.submission.future',
      }),
    ).toBe(state);
  });
});
