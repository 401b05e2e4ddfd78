import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeExperiment,
  decodeTyped,
  encodeTyped,
  encodeExperiment,
  parseImportFile,
  toExportFile,
  validateExperiment,
  type Experiment,
} from './experiment.ts';

const experiment: Experiment = {
  v: 1,
  scenario: 'handle-inheritance',
  step: 42,
  lang: 'ko',
  programs: [
    { name: 'Parent.c', text: 'int main(void) { return 0; } /* 한국어 */' },
    { name: 'Child.c', text: '#include <windows.h>\n' },
  ],
  launch: ['Parent.exe', 'Child.exe 3'],
  stdin: { 'Parent.exe': 'hello\n' },
};

const arbExperiment: fc.Arbitrary<Experiment> = fc.record({
  v: fc.constant(1 as const),
  scenario: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  step: fc.nat({ max: 100_000 }),
  lang: fc.constantFrom('en' as const, 'ko' as const),
  programs: fc.uniqueArray(
    fc.record({ name: fc.stringMatching(/^[A-Za-z0-9_]{1,12}\.c$/), text: fc.string({ maxLength: 300 }) }),
    { minLength: 1, maxLength: 4, selector: (p) => p.name },
  ),
  launch: fc.array(fc.stringMatching(/^[A-Za-z]{1,8}\.exe( \d)?$/), { minLength: 1, maxLength: 3 }),
  stdin: fc.dictionary(fc.stringMatching(/^[A-Za-z]{1,8}\.exe$/), fc.string({ maxLength: 40 })),
});

describe('a shared link', () => {
  it('decodes to exactly the experiment that was encoded', () => {
    expect(decodeExperiment(encodeExperiment(experiment))).toEqual(experiment);
  });

  it('round-trips any valid experiment', () => {
    fc.assert(
      fc.property(arbExperiment, (x) => {
        expect(decodeExperiment(encodeExperiment(x))).toEqual(x);
      }),
    );
  });

  it('is rejected, never thrown, when truncated', () => {
    const param = encodeExperiment(experiment);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: param.length - 1 }), (cut) => {
        expect(() => decodeExperiment(param.slice(0, cut))).not.toThrow();
        // lz-string's last character can be padding: a cut there may still decode, but only to the original.
        const out = decodeExperiment(param.slice(0, cut));
        if (out !== null) expect(out).toEqual(experiment);
        if (cut < param.length - 2) expect(out).toBeNull();
      }),
    );
  });

  it('is rejected, never thrown, for arbitrary strings and corrupted characters', () => {
    const param = encodeExperiment(experiment);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        expect(() => decodeExperiment(junk)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: param.length - 1 }),
        fc.constantFrom('A', '-', '$', '+'),
        (i, c) => {
          const broken = param.slice(0, i) + c + param.slice(i + 1);
          expect(() => decodeExperiment(broken)).not.toThrow();
          const out = decodeExperiment(broken);
          if (out) expect(validateExperiment(out)).toEqual(out);
        },
      ),
    );
  });

  it('is rejected when the decoded JSON has the wrong shape', () => {
    const encode = (v: unknown) => compressToEncodedURIComponent(JSON.stringify(v));
    expect(decodeExperiment(encode({ ...experiment, v: 2 }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, step: -1 }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, step: 1.5 }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, lang: 'fr' }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, scenario: '../x' }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, programs: [] }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, programs: [{ name: 'a.exe', text: '' }] }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, launch: [] }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, launch: [3] }))).toBeNull();
    expect(decodeExperiment(encode({ ...experiment, stdin: { 'x.exe': 1 } }))).toBeNull();
    expect(decodeExperiment(encode([experiment]))).toBeNull();
    expect(decodeExperiment(encode(null))).toBeNull();
  });

  it('rejects two programs with the same file name', () => {
    const twice = { ...experiment, programs: [experiment.programs[0], experiment.programs[0]] };
    expect(validateExperiment(twice)).toBeNull();
  });
});

describe('the programs file', () => {
  it('imports what was exported', () => {
    const file = toExportFile({ 'handle-inheritance': experiment });
    const result = parseImportFile(file);
    expect(result).toEqual({
      ok: true,
      scenarios: {
        'handle-inheritance': {
          programs: experiment.programs,
          launch: experiment.launch,
          stdin: experiment.stdin,
        },
      },
    });
  });

  it('says the file is not JSON when it does not parse', () => {
    expect(parseImportFile('{nope')).toEqual({ ok: false, reason: 'not-json' });
  });

  it('says the file is not ours when the format tag is missing', () => {
    expect(parseImportFile(JSON.stringify({ scenarios: {} }))).toEqual({ ok: false, reason: 'not-ours' });
    expect(parseImportFile('[]')).toEqual({ ok: false, reason: 'not-ours' });
  });

  it('names the scenario whose programs are malformed and imports nothing', () => {
    const file = JSON.stringify({
      format: 'winipc-lab-experiments',
      v: 1,
      scenarios: { mailslot: { programs: [{ name: 'x.c' }], launch: ['x.exe'] } },
    });
    expect(parseImportFile(file)).toEqual({ ok: false, reason: 'bad-scenario', detail: 'mailslot' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void expect(() => parseImportFile(s)).not.toThrow()));
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void expect(() => parseImportFile(JSON.stringify(v))).not.toThrow()),
    );
  });
});

describe('typed console input', () => {
  const typed = [{ step: 4, pid: 8, text: '3 4\n' }];

  it('goes through the URL parameter and back unchanged', () => {
    expect(decodeTyped(encodeTyped(typed))).toEqual(typed);
    expect(encodeTyped([])).toBeNull();
  });

  it('is read as none from a damaged URL parameter', () => {
    expect(decodeTyped('%%%')).toEqual([]);
    expect(decodeTyped(encodeTyped([{ step: -1, pid: 8, text: 'x' }] as never))).toEqual([]);
  });

  it('makes an experiment invalid when it has the wrong shape', () => {
    const base = {
      v: 1,
      scenario: 'mailslot',
      step: 7,
      lang: 'en',
      programs: [{ name: 'A.c', text: '' }],
      launch: ['A.exe'],
    };
    expect(validateExperiment({ ...base, typed })?.typed).toEqual(typed);
    expect(validateExperiment({ ...base, typed: [{ step: 1, pid: 'x', text: '' }] })).toBeNull();
  });
});
