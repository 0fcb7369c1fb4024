// The scenario menu as read from GET /api/scenarios: well-formed entries kept (with the
// optional briefing fields when sent), malformed ones left out, a non-menu refused.
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioList } from '../../../client/src/app/scenarioCatalog.ts';

const level = {
  id: 'level-01-bare-metal',
  title: { en: 'Bare metal', ko: '베어메탈' },
  description: { en: 'Two hosts.', ko: '호스트 두 대.' },
  isLevel: true,
  level: 1,
  concepts: ['hardware', 'container'],
};

describe('parseScenario', () => {
  it('reads what the server sends today, with empty briefing fields', () => {
    expect(parseScenario(level)).toEqual({ ...level, briefing: null, objectives: [], durationSeconds: null });
  });

  it('reads the briefing, objectives and duration when present', () => {
    const parsed = parseScenario({
      ...level,
      briefing: { en: 'Do it.', ko: '하세요.' },
      objectives: [{ id: 'a', title: { en: 'A', ko: '가' } }, { id: 'b' }, 'junk'],
      durationSeconds: 1200,
    });
    expect(parsed?.briefing).toEqual({ en: 'Do it.', ko: '하세요.' });
    expect(parsed?.objectives).toEqual([{ id: 'a', title: { en: 'A', ko: '가' } }]);
    expect(parsed?.durationSeconds).toBe(1200);
  });

  it('treats a scenario without a level number as not a level', () => {
    expect(parseScenario({ ...level, level: null })?.isLevel).toBe(false);
    expect(parseScenario({ ...level, level: 0 })?.isLevel).toBe(false);
  });

  it('leaves out entries without an id or a title in both languages', () => {
    expect(parseScenario({ ...level, id: '' })).toBeNull();
    expect(parseScenario({ ...level, title: { en: 'x' } })).toBeNull();
    expect(parseScenario(null)).toBeNull();
  });
});

describe('parseScenarioList', () => {
  it('keeps the good entries of a menu', () => {
    expect(parseScenarioList({ scenarios: [level, { id: 'broken' }] }).map((s) => s.id)).toEqual(['level-01-bare-metal']);
  });

  it('refuses an answer that is not a menu', () => {
    expect(() => parseScenarioList({ error: 'x' })).toThrow(/scenarios/);
    expect(() => parseScenarioList([])).toThrow();
  });
});
