// The debrief as rows: outcome, objective statuses, the score's parts with signs, and
// the incident timeline in order with time to detect and resolve ("never" for -1).
import { describe, expect, it } from 'vitest';
import type { DebriefMessage } from '../../../../shared/protocol/messages.ts';
import { lessonOf, objectiveStatus, outcomeOf, pointsText, scoreRows, spanRef, timelineRows } from '../../../../client/src/ui/debrief/debriefModel.ts';

function debrief(over: Partial<DebriefMessage> = {}): DebriefMessage {
  return {
    ended: true,
    lesson: '',
    won: false,
    stars: 0,
    score: 0,
    endReason: 'time',
    endedTick: 1200,
    objectives: [],
    breakdown: { profitCents: 12_345, profitPoints: 30, sloPoints: 40, services: [{ name: 'shop-web', availabilityMilliPercent: 99_500, targetMilliPercent: 99_000, points: 40 }], incidentPenalty: 10, hintCost: 5, total: 55 },
    incidents: [],
    commands: [],
    concepts: [],
    text: '',
    session: 's',
    finalHash: 'h',
    ...over,
  };
}

describe('outcomeOf and objectiveStatus', () => {
  it('says won, lost (a level not won) or ended (nothing to win)', () => {
    expect(outcomeOf(debrief({ won: true, objectives: [{ id: 'a', title: 'A', met: true, failed: false, progress: '' }] }))).toBe('won');
    expect(outcomeOf(debrief({ objectives: [{ id: 'a', title: 'A', met: false, failed: true, progress: '' }] }))).toBe('lost');
    expect(outcomeOf(debrief())).toBe('ended');
  });

  it('maps each objective to met, failed or open', () => {
    expect(objectiveStatus({ id: 'a', title: 'A', met: true, failed: false, progress: '' })).toBe('met');
    expect(objectiveStatus({ id: 'a', title: 'A', met: false, failed: true, progress: '' })).toBe('failed');
    expect(objectiveStatus({ id: 'a', title: 'A', met: false, failed: false, progress: '1/2' })).toBe('open');
  });
});

describe('scoreRows', () => {
  it('lists profit, SLO with each service, penalties as negatives, and the total', () => {
    const rows = scoreRows(debrief());
    expect(rows.map((r) => [r.label.key, r.points, r.kind])).toEqual([
      ['debrief.score.profit', 30, 'part'],
      ['debrief.score.slo', 40, 'part'],
      ['debrief.score.service', 40, 'service'],
      ['debrief.score.incidents', -10, 'part'],
      ['debrief.score.hints', -5, 'part'],
      ['debrief.score.total', 55, 'total'],
    ]);
    expect(rows[0]?.label.params).toEqual({ profit: '$123.45' });
    expect(rows[2]?.label.params).toEqual({ name: 'shop-web', availability: '99.5 %', target: '99 %' });
  });

  it('prints points with their sign', () => {
    expect([pointsText(12), pointsText(-3), pointsText(0)]).toEqual(['+12', '−3', '0']);
  });
});

describe('timelineRows', () => {
  it('orders incidents by when they opened and spells the spans', () => {
    const rows = timelineRows(
      debrief({
        incidents: [
          { id: 'inc-2', kind: 'oom', target: 'host-1/web', openedTick: 600, ttdTicks: 30, ttrTicks: -1, detectedBy: 'alert', rootCause: 'leak' },
          { id: 'inc-1', kind: 'host-down', target: 'host-2', openedTick: 120, ttdTicks: -1, ttrTicks: -1, detectedBy: '', rootCause: 'disk' },
        ],
      }),
    );
    expect(rows.map((r) => r.id)).toEqual(['inc-1', 'inc-2']);
    expect(rows[0]?.detected).toEqual({ key: 'debrief.timeline.never', params: {} });
    expect(rows[1]?.detected).toEqual({ key: 'debrief.timeline.after', params: { duration: '30s' } });
    expect(rows[1]?.resolved.key).toBe('debrief.timeline.never');
    expect(rows[1]?.rootCause).toBe('leak');
  });

  it('spells spans in minutes and hours', () => {
    expect(spanRef(150).params).toEqual({ duration: '2m30s' });
    expect(spanRef(3900).params).toEqual({ duration: '1h05m' });
  });
});

describe('lessonOf', () => {
  it('reads the lesson field when the server sends one', () => {
    expect(lessonOf(debrief())).toBe('');
    expect(lessonOf({ ...debrief(), lesson: 'Kernels share.' } as DebriefMessage)).toBe('Kernels share.');
  });
});
