import { EventRegistry } from '../event-registry';
import { parseLocalised } from '../submission/validation-messages';
import { TRIAGE_EVENTS, taxonomyDefinedSchema } from './events';
import { registerTriageEvents } from './register';
import { defineTaxonomyRequestSchema, taxonomyRulesSchema } from './requests';
import { TAXONOMY_MESSAGES } from './taxonomy-messages';

const DEFINED = {
  orgId: 'org-1',
  labels: ['城建交通', '教育'],
  mapping: [{ modelLabel: '交通运输', label: '城建交通' }],
};

describe('taxonomy contracts', () => {
  it('registers taxonomy-defined at version 1 with its rules', () => {
    const registry = registerTriageEvents(new EventRegistry());
    expect(TRIAGE_EVENTS.taxonomyDefined).toBe('opinion.triage.taxonomy-defined');
    expect(() => registry.validate(TRIAGE_EVENTS.taxonomyDefined, 1, DEFINED)).not.toThrow();
    expect(() =>
      registry.validate(TRIAGE_EVENTS.taxonomyDefined, 1, { ...DEFINED, labels: ['教育', '教育'] }),
    ).toThrow();
  });

  it('names each broken rule by field, with a message in both languages', () => {
    const result = parseLocalised(
      taxonomyRulesSchema,
      {
        labels: ['城建交通', '教育', '城建交通'],
        mapping: [
          { modelLabel: '交通运输', label: '城建' },
          { modelLabel: '交通运输', label: '教育' },
          { modelLabel: '教育', label: '教育' },
        ],
      },
      'zh-CN',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => [error.field, error.message])).toEqual([
      ['labels.2', 'taxonomy.label.duplicate'],
      ['mapping.0.label', 'taxonomy.mapping.unknownLabel'],
      ['mapping.1.modelLabel', 'taxonomy.mapping.duplicate'],
      ['mapping.2.modelLabel', 'taxonomy.mapping.isLabel'],
    ]);
    for (const { message } of result.errors) {
      expect(TAXONOMY_MESSAGES[message]['zh-CN']).toBeTruthy();
      expect(TAXONOMY_MESSAGES[message].en).toBeTruthy();
    }
  });

  it('accepts a definition of 2 to 50 labels without a mapping, which then drops other labels', () => {
    expect(defineTaxonomyRequestSchema.parse({ labels: ['甲', '乙'] })).toEqual({
      labels: ['甲', '乙'],
      mapping: [],
    });
    expect(defineTaxonomyRequestSchema.safeParse({ labels: ['甲'] }).success).toBe(false);
    expect(taxonomyDefinedSchema.safeParse({ ...DEFINED, labels: ['甲', ''] }).success).toBe(false);
  });
});
