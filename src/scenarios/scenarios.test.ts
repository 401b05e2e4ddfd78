import { describe, expect, it } from 'vitest';
import { CONCEPTS, CONCEPT_IDS } from './concepts.ts';
import { SCENARIOS, findScenario } from './index.ts';
import type { LocalizedText, Scenario, StepAnchor } from './model.ts';
import { baseApiName, imageOfFile, linesContaining } from './tutorial.ts';
import { applyWhatIfs, occurrences } from './what-if.ts';

const REQUIRED_IDS = [
  'mailslot',
  'mailslot-one-way',
  'kernel-object-state',
  'environment',
  'handle-inheritance',
  'duplicate-handle',
  'anonymous-pipe',
  'pipe-parent-child',
  'pipe-redirect',
  'named-pipe',
  'named-pipe-file',
  'usage-count',
  'suspended',
];

const HANGUL = /[\uac00-\ud7a3]/;

function expectLocalized(t: LocalizedText, where: string): void {
  expect(t.en.trim(), `${where} (en)`).not.toBe('');
  expect(t.ko.trim(), `${where} (ko)`).not.toBe('');
}

/** Every text of a scenario, with where it is. */
function texts(s: Scenario): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [
    ['title', s.title],
    ['summary', s.summary],
  ];
  if (s.tutorial) {
    out.push(['intro', s.tutorial.intro]);
    for (const n of s.tutorial.narration) out.push([`narration ${n.id}`, n.text]);
    for (const q of s.tutorial.questions) {
      out.push([`question ${q.id}`, q.prompt], [`question ${q.id} explanation`, q.explanation]);
      for (const c of q.choices) out.push([`question ${q.id} choice ${c.id}`, c.label]);
    }
  }
  for (const w of s.whatIfs ?? [])
    out.push([`what-if ${w.id}`, w.label], [`what-if ${w.id} explanation`, w.explanation]);
  return out;
}

function images(s: Scenario): string[] {
  return s.spec.programs.map((p) => imageOfFile(p.name).toLowerCase());
}

/** C calls that appear in a source: `Name(`; checked for anchors by base name. */
function calledApis(source: string): Set<string> {
  return new Set([...source.matchAll(/\b([A-Z][A-Za-z]+)\s*\(/g)].map((m) => baseApiName(m[1] ?? '')));
}

function checkAnchor(s: Scenario, a: StepAnchor, where: string): void {
  if (a.kind === 'end') return;
  if (a.kind === 'line') {
    const program = s.spec.programs.find((p) => p.name === a.file);
    expect(program, `${where}: file ${a.file}`).toBeDefined();
    expect(linesContaining(program?.text ?? '', a.text), `${where}: one line with ${a.text}`).toHaveLength(1);
    return;
  }
  expect(images(s), `${where}: image ${a.image}`).toContain(a.image.toLowerCase());
  if (a.kind === 'api') {
    const program = s.spec.programs.find((p) => imageOfFile(p.name).toLowerCase() === a.image.toLowerCase());
    expect([...calledApis(program?.text ?? '')], `${where}: ${a.api} called in ${a.image}`).toContain(
      baseApiName(a.api),
    );
  }
}

describe('the scenario library', () => {
  it('has every scenario of the IPC chapters, each id once, each found by findScenario', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(REQUIRED_IDS);
    for (const id of REQUIRED_IDS) expect(findScenario(id)?.id).toBe(id);
    expect(findScenario('nope')).toBeUndefined();
    expect(findScenario(null)).toBeUndefined();
  });

  it('gives every concept a Korean and English name and explanation, each id once', () => {
    expect(CONCEPTS.map((c) => c.id)).toEqual([...CONCEPT_IDS]);
    for (const c of CONCEPTS) {
      expectLocalized(c.name, c.id);
      expectLocalized(c.explanation, c.id);
      expect(c.explanation.ko).toMatch(HANGUL);
    }
  });

  describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
    it('has Korean and English for every text', () => {
      for (const [where, t] of texts(s)) expectLocalized(t, where);
      expect(s.title.ko).toMatch(HANGUL);
      expect(s.summary.ko).toMatch(HANGUL);
    });

    it('launches only images of its own programs and gives input only to them', () => {
      for (const cmd of s.spec.launch) expect(images(s)).toContain((cmd.split(' ')[0] ?? '').toLowerCase());
      for (const image of Object.keys(s.spec.stdin ?? {})) expect(images(s)).toContain(image.toLowerCase());
    });

    it('writes its programs in the textbook’s UNICODE style', () => {
      for (const p of s.spec.programs) {
        expect(p.text, p.name).toContain('int _tmain(');
        expect(p.text, p.name).toContain('#include <tchar.h>');
        expect(p.text, p.name).toMatch(HANGUL);
        expect(p.text, p.name).not.toMatch(/(?<![_a-z])printf\(/);
      }
    });

    it('has a tutorial with an introduction, narration and at least two predict questions', () => {
      expect(s.tutorial).toBeDefined();
      expect(s.tutorial?.narration.length).toBeGreaterThanOrEqual(3);
      expect(s.tutorial?.questions.length).toBeGreaterThanOrEqual(2);
    });

    it('anchors narration and questions on files, images and APIs its programs have', () => {
      for (const n of s.tutorial?.narration ?? []) checkAnchor(s, n.at, `narration ${n.id}`);
      for (const q of s.tutorial?.questions ?? []) {
        checkAnchor(s, q.at, `question ${q.id}`);
        if (q.observe.kind === 'process-state' || q.observe.kind === 'std-buffer')
          expect(images(s)).toContain(q.observe.image.toLowerCase());
      }
    });

    it('links narration and questions to known concepts, with unique ids', () => {
      const ids = new Set<string>(CONCEPT_IDS);
      const items = [...(s.tutorial?.narration ?? []), ...(s.tutorial?.questions ?? [])];
      for (const item of items) expect(ids.has(item.concept), item.id).toBe(true);
      expect(new Set((s.tutorial?.narration ?? []).map((n) => n.id)).size).toBe(s.tutorial?.narration.length);
      expect(new Set((s.tutorial?.questions ?? []).map((q) => q.id)).size).toBe(s.tutorial?.questions.length);
    });

    it('offers at least two choices with distinct values in every question', () => {
      for (const q of s.tutorial?.questions ?? []) {
        expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2);
        expect(new Set(q.choices.map((c) => c.value)).size, q.id).toBe(q.choices.length);
      }
    });

    it('has what-if patches whose text occurs exactly once in their file', () => {
      for (const w of s.whatIfs ?? []) {
        expect(w.patches.length, w.id).toBeGreaterThan(0);
        for (const p of w.patches) {
          const program = s.spec.programs.find((q) => q.name === p.file);
          expect(program, `${w.id}: ${p.file}`).toBeDefined();
          expect(occurrences(program?.text ?? '', p.find), `${w.id}: ${p.find}`).toBe(1);
        }
        expect(() => applyWhatIfs(s.spec, [w])).not.toThrow();
      }
    });
  });

  it('has the what-if toggles the seed notes’ flags call for', () => {
    const toggles = (id: string) => (findScenario(id)?.whatIfs ?? []).map((w) => w.id);
    expect(toggles('handle-inheritance')).toEqual(['no-inherit-handles', 'handle-not-inheritable']);
    expect(toggles('pipe-parent-child')).toContain('keep-write-end');
    expect(toggles('named-pipe')).toEqual(['byte-read-mode']);
    expect(toggles('pipe-redirect')).toEqual(['keep-write-end', 'no-inherit-handles']);
    expect(toggles('suspended')).toEqual(['forget-resume']);
  });
});
