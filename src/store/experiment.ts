/**
 * An experiment is what the user made of a scenario: its programs, launch commands and scripted
 * console input, plus where they stood (step) and in which language. It travels in a link
 * (`?x=<lz-string>`) and in an exported JSON file; both are untrusted input, so every decoder
 * here validates the shape strictly and returns null (or a reason) instead of throwing.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ProgramSource, RunSpec, TypedInput } from '../sim/run-api.ts';

/** The editable part of a run spec (what "Reset to original" restores). */
export interface EditableSpec {
  readonly programs: readonly ProgramSource[];
  readonly launch: readonly string[];
  readonly stdin: Readonly<Record<string, string>>;
}

export interface Experiment extends EditableSpec {
  readonly v: 1;
  readonly scenario: string;
  readonly step: number;
  readonly lang: 'en' | 'ko';
  /** Console input typed into the run (absent when none was). */
  readonly typed?: readonly TypedInput[];
}

/** Limits that keep a hostile link or file from hanging the page. */
export const LIMITS = {
  programs: 16,
  textChars: 200_000,
  launch: 16,
  lineChars: 1_000,
  step: 10_000_000,
  typed: 1_000,
};

const FILE_NAME = /^[A-Za-z0-9_.-]{1,64}\.c$/;
const SCENARIO_ID = /^[a-z0-9-]{1,64}$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function programsOf(v: unknown): ProgramSource[] | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > LIMITS.programs) return null;
  const out: ProgramSource[] = [];
  const names = new Set<string>();
  for (const p of v) {
    if (!isRecord(p) || typeof p.name !== 'string' || !FILE_NAME.test(p.name)) return null;
    if (!isShortString(p.text, LIMITS.textChars) || names.has(p.name)) return null;
    names.add(p.name);
    out.push({ name: p.name, text: p.text });
  }
  return out;
}

function launchOf(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > LIMITS.launch) return null;
  return v.every((l) => isShortString(l, LIMITS.lineChars) && l.trim() !== '') ? [...(v as string[])] : null;
}

function stdinOf(v: unknown): Record<string, string> | null {
  if (v === undefined) return {};
  if (!isRecord(v)) return null;
  const out: Record<string, string> = {};
  for (const [image, text] of Object.entries(v)) {
    if (!/^[A-Za-z0-9_.-]{1,64}\.exe$/.test(image) || !isShortString(text, LIMITS.textChars)) return null;
    out[image] = text;
  }
  return out;
}

const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** Typed console input, or null when `v` is not a list of it (undefined is none). */
export function typedOf(v: unknown): TypedInput[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > LIMITS.typed) return null;
  const out: TypedInput[] = [];
  for (const t of v) {
    if (!isRecord(t) || !isCount(t.step, LIMITS.step) || !isCount(t.pid, 1_000_000)) return null;
    if (!isShortString(t.text, LIMITS.textChars)) return null;
    out.push({ step: t.step, pid: t.pid, text: t.text });
  }
  return out;
}

/** The editable spec in `v`, or null when any part of it has the wrong shape. */
export function validateEditable(v: unknown): EditableSpec | null {
  if (!isRecord(v)) return null;
  const programs = programsOf(v.programs);
  const launch = launchOf(v.launch);
  const stdin = stdinOf(v.stdin);
  return programs && launch && stdin ? { programs, launch, stdin } : null;
}

/** A whole experiment, or null when `v` is not exactly one. */
export function validateExperiment(v: unknown): Experiment | null {
  if (!isRecord(v) || v.v !== 1) return null;
  if (typeof v.scenario !== 'string' || !SCENARIO_ID.test(v.scenario)) return null;
  const step = v.step;
  if (!isCount(step, LIMITS.step)) return null;
  if (v.lang !== 'en' && v.lang !== 'ko') return null;
  const spec = validateEditable(v);
  const typed = typedOf(v.typed);
  if (!spec || !typed) return null;
  return { v: 1, scenario: v.scenario, step, lang: v.lang, ...spec, ...(typed.length > 0 ? { typed } : {}) };
}

export function editableOf(spec: RunSpec): EditableSpec {
  return { programs: spec.programs, launch: spec.launch, stdin: spec.stdin ?? {} };
}

/** A RunSpec for `startRun` from an editable spec, keeping the base's step limit and typed input. */
export function specOf(edit: EditableSpec, base?: RunSpec): RunSpec {
  return {
    programs: edit.programs,
    launch: edit.launch,
    stdin: edit.stdin,
    ...(base?.maxSteps !== undefined ? { maxSteps: base.maxSteps } : {}),
    ...(base?.typed?.length ? { typed: base.typed } : {}),
  };
}

/** `spec` with `typed` as its typed input (none when empty). */
export function withTyped(spec: RunSpec, typed: readonly TypedInput[] | undefined): RunSpec {
  const { typed: _old, ...rest } = spec;
  return typed?.length ? { ...rest, typed } : rest;
}

/** Typed input as the `in` URL parameter (null for none), so that a reload gives it again. */
export function encodeTyped(typed: readonly TypedInput[] | undefined): string | null {
  return typed?.length ? compressToEncodedURIComponent(JSON.stringify(typed)) : null;
}

/** The typed input in an `in` URL parameter; none for anything malformed. */
export function decodeTyped(param: string | null): readonly TypedInput[] {
  if (!param || param.length > 1_000_000) return [];
  try {
    return typedOf(JSON.parse(decompressFromEncodedURIComponent(param) || 'null')) ?? [];
  } catch {
    return [];
  }
}

export function sameEditable(a: EditableSpec, b: EditableSpec): boolean {
  return JSON.stringify(editableOf(specOf(a))) === JSON.stringify(editableOf(specOf(b)));
}

/** The experiment as the `x` URL parameter. */
export function encodeExperiment(x: Experiment): string {
  return compressToEncodedURIComponent(JSON.stringify(x));
}

/** The experiment in an `x` URL parameter, or null for anything malformed or truncated. */
export function decodeExperiment(param: string): Experiment | null {
  if (param.length === 0 || param.length > 1_000_000) return null;
  try {
    const json = decompressFromEncodedURIComponent(param);
    if (!json) return null;
    return validateExperiment(JSON.parse(json));
  } catch {
    return null;
  }
}

/** The export file: every edited scenario of this browser. */
export interface ExportFile {
  readonly format: 'winipc-lab-experiments';
  readonly v: 1;
  readonly scenarios: Readonly<Record<string, EditableSpec>>;
}

export function toExportFile(scenarios: Readonly<Record<string, EditableSpec>>): string {
  const file: ExportFile = { format: 'winipc-lab-experiments', v: 1, scenarios };
  return JSON.stringify(file, null, 2);
}

export type ImportResult =
  | { readonly ok: true; readonly scenarios: Record<string, EditableSpec> }
  | {
      readonly ok: false;
      readonly reason: 'not-json' | 'not-ours' | 'bad-scenario';
      readonly detail?: string;
    };

/** Parses an imported file; a reason (and the offending scenario id) when it is not valid. */
export function parseImportFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (
    !isRecord(data) ||
    data.format !== 'winipc-lab-experiments' ||
    data.v !== 1 ||
    !isRecord(data.scenarios)
  )
    return { ok: false, reason: 'not-ours' };
  const scenarios: Record<string, EditableSpec> = {};
  for (const [id, value] of Object.entries(data.scenarios)) {
    const spec = validateEditable(value);
    if (!SCENARIO_ID.test(id) || !spec) return { ok: false, reason: 'bad-scenario', detail: id.slice(0, 64) };
    scenarios[id] = spec;
  }
  return { ok: true, scenarios };
}
