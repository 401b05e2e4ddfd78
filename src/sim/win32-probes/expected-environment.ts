/**
 * Expected console output of the probe programs in ./programs, as the simulator prints it. Each
 * line the simulator and Wine 8 (mingw-w64 UNICODE build run with wine64) printed alike is a plain
 * string; where Wine printed otherwise, the pair says what Wine printed and why the simulator
 * follows the behaviour reference (the spec wins over Wine; Microsoft's documentation where the
 * spec is silent).
 */
import type { Line } from './line.ts';

/** EnvProbe.exe: Get/SetEnvironmentVariable edge cases. */
export const ENVIRONMENT: readonly Line[] = [
  'set ProbeVar=SomeValue: ok=1 error=1234',
  'get with NULL, 0: ret=10 error=1234 buf=[foo]',
  'get, buffer one short: ret=10 error=1234 buf=[foo]',
  'get, buffer exact: ret=9 error=1234 buf=[SomeValue]',
  'get, other case: ret=9 error=1234 buf=[SomeValue]',
  'set to empty: ok=1 error=1234',
  'get empty: ret=0 error=1234 buf=[]',
  'get empty with NULL, 0: ret=1 error=1234 buf=[foo]',
  'delete, other case: ok=1 error=1234',
  'get deleted: ret=0 error=203 buf=[foo]',
  'get deleted with NULL, 0: ret=0 error=203 buf=[foo]',
  'delete again: ok=1 error=1234',
  'delete never set: ok=1 error=1234',
  'get never set: ret=0 error=203 buf=[foo]',
  'get empty name: ret=0 error=203 buf=[foo]',
  'set empty name: ok=0 error=87',
  'set name with =: ok=0 error=87',
  'set value with =: ok=1 error=1234',
  'get value with =: ret=7 error=1234 buf=[one=two]',
  'get name ending in =: ret=0 error=203 buf=[foo]',
];
