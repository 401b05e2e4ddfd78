/** The world stepper's public API for the app and the CLI. */
export { startRun, buildRun, imageOf, DEFAULT_MAX_STEPS } from './run.ts';
export type {
  Run,
  RunShape,
  RunSpec,
  StartResult,
  BuildProgress,
  ProgramSource,
  CompileError,
  TimelineMarker,
  MarkerKind,
} from './run-api.ts';
export type * from './view.ts';
