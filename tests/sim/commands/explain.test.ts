// `explain`: a lesson for every concept of the curriculum, in English and Korean, each
// ending with game commands that show it; aliases; the list; unknown concepts refused.
import { describe, expect, it } from 'vitest';
import { CONCEPT_ALIASES, CONCEPT_IDS, resolveConcept } from '../../../shared/sim/concepts.ts';
import { FAMILIES } from '../../../shared/sim/commands/index.ts';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must } from '../machines/guest.ts';

const KO: Actor = { id: 'ko', name: 'ko', role: 'player', lang: 'ko' };
const HANGUL = /[\uac00-\ud7a3]/;
/** Command families a lesson may point at: the game's own, and kubectl for orchestration levels. */
const KNOWN = new Set([...Object.keys(FAMILIES), 'edit', 'kubectl']);

describe('explain', () => {
  it('covers every concept of the curriculum (GAME_DESIGN.md section 1)', () => {
    expect(CONCEPT_IDS).toEqual([
      'hardware', 'hypervisor', 'virtual-machine', 'vm-density', 'virtual-nic', 'container', 'shared-kernel', 'namespaces', 'cgroups',
      'image-layers', 'dockerfile', 'registry', 'portability', 'network-virtualisation', 'storage-virtualisation', 'scheduling',
      'self-healing', 'rolling-update', 'service-discovery', 'secrets', 'observability', 'scale-out',
    ]);
    for (const id of CONCEPT_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const [lang, actor] of [['en', undefined], ['ko', KO]] as const) {
    it(`gives a 4 to 10 line lesson per concept ending with game commands (${lang})`, () => {
      const { sh } = sandbox(1);
      for (const id of CONCEPT_IDS) {
        const r = actor ? sh.exec(`explain ${id}`, actor) : sh.exec(`explain ${id}`);
        expect(r.ok, id).toBe(true);
        const lines = r.output.split('\n');
        expect(lines[0]).toMatch(new RegExp(`^${id} — \\S`));
        const body = lines.slice(2, lines.length - 2);
        expect(body.length, id).toBeGreaterThanOrEqual(4);
        expect(body.length, id).toBeLessThanOrEqual(10);
        expect(r.output, id).not.toMatch(/concepts\./);
        const see = lines[lines.length - 1] as string;
        expect(see).toMatch(lang === 'en' ? /^See it in the game: / : /^게임에서 직접 보기: /);
        // Every command a lesson points at belongs to a real command family.
        const commands = see.replace(/^[^:]+: /, '').replace(/\([^)]*\)/g, '');
        for (const part of commands.split(';')) {
          const first = part.trim().split(' ')[0] as string;
          if (part.trim() === '' || HANGUL.test(first)) continue;
          expect(KNOWN.has(first), `${id}: "${part.trim()}"`).toBe(true);
        }
        if (lang === 'ko') expect(r.output).toMatch(HANGUL);
      }
    });
  }

  it('understands aliases, any case, and words split by spaces', () => {
    const { sh } = sandbox(1);
    expect(must(sh, 'explain cgroup')).toBe(must(sh, 'explain cgroups'));
    expect(must(sh, 'explain VM')).toMatch(/^virtual-machine — /);
    expect(must(sh, 'explain layers')).toMatch(/^image-layers — /);
    expect(must(sh, 'explain shared kernel')).toMatch(/^shared-kernel — /);
    expect(must(sh, 'explain type2')).toMatch(/^hypervisor — /);
    for (const [alias, id] of Object.entries(CONCEPT_ALIASES)) {
      expect(resolveConcept(alias)).toBe(id);
      expect(CONCEPT_IDS).toContain(id);
    }
    expect(resolveConcept('toString')).toBeNull();
  });

  it('lists the concepts when called alone', () => {
    const { sh } = sandbox(1);
    const out = must(sh, 'explain');
    for (const id of CONCEPT_IDS) expect(out).toMatch(new RegExp(`^  ${id}\\s{3,}\\S`, 'm'));
    expect(sh.exec('explain', KO).output).toMatch(/^ {2}cgroups\s+컨트롤 그룹/m);
  });

  it('refuses an unknown concept with the list, changing nothing', () => {
    const { world, sh } = sandbox(1);
    const before = simulationHash(world);
    const r = sh.exec('explain quantum');
    expect(r.ok).toBe(false);
    expect(r.error).toBe(`explain: unknown concept 'quantum'\nhint: the concepts are: ${CONCEPT_IDS.join(', ')}`);
    expect(simulationHash(world)).toBe(before);
  });
});
