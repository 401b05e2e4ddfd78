/**
 * Test helpers (imported by tests only): a small `CMemory` over one Uint8Array with a list of
 * named objects, and a `NativeContext` that records console output and API calls.
 */
import {
  CFault,
  type CMemory,
  type CObjectInfo,
  type NativeContext,
  type ApiCallRecord,
  type StdBuffers,
} from '../native-api.ts';
import {
  advanceClock,
  asPid,
  createKernel,
  launchProcess,
  pollBlocked,
  syscall,
  type KernelState,
  type PendingCompletion,
} from '../../kernel/index.ts';
import { fromBig, toBig, type I64 } from '../int64.ts';
import type { CValue, NativeOutcome, VarargKind } from '../native-api.ts';
import { NATIVES } from '../natives.ts';
import type { KernelOutcome, SyscallRequest } from '../native-api.ts';
import { encodeCString, readCString, type CharWidth } from './cstring.ts';

const BASE = 0x10000;

export class TestMemory implements CMemory {
  readonly bytes: Uint8Array;
  readonly objects: CObjectInfo[] = [];
  private readonly readOnly: CObjectInfo[] = [];
  private top = BASE;

  constructor(size = 1 << 20) {
    this.bytes = new Uint8Array(size);
  }

  private at(addr: number, n: number): number {
    const i = addr - BASE;
    if (addr === 0 || i < 0 || i + n > this.bytes.length)
      throw new CFault(`access violation at 0x${addr.toString(16)}`, 0xc0000005);
    return i;
  }
  private view(addr: number, n: number): DataView {
    return new DataView(this.bytes.buffer, this.at(addr, n), n);
  }
  private writable(addr: number, n: number): DataView {
    if (this.readOnly.some((o) => addr >= o.start && addr < o.start + o.size)) {
      throw new CFault(
        'access violation: writing to a string literal (string literals are read-only)',
        0xc0000005,
      );
    }
    return this.view(addr, n);
  }

  /** Makes a named object (a variable) of `size` bytes, zeroed. */
  define(name: string, size: number): number {
    const start = (this.top = Math.ceil(this.top / 16) * 16);
    this.top += Math.max(size, 1);
    this.objects.push({ start, size, name });
    return start;
  }
  /** A variable holding a C string of the given width (sized exactly, or `size` bytes). */
  string(name: string, text: string, width: CharWidth, size?: number): number {
    const bytes = encodeCString(text, width);
    const addr = this.define(name, size ?? bytes.length);
    this.writeBytes(addr, bytes);
    return addr;
  }
  /** A read-only string literal. */
  literal(text: string, width: CharWidth): number {
    const addr = this.string('string literal', text, width);
    this.readOnly.push({ start: addr, size: encodeCString(text, width).length, name: 'string literal' });
    return addr;
  }
  str(addr: number, width: CharWidth): string {
    return readCString(this, addr, width);
  }

  readU8 = (a: number) => this.view(a, 1).getUint8(0);
  readI8 = (a: number) => this.view(a, 1).getInt8(0);
  readU16 = (a: number) => this.view(a, 2).getUint16(0, true);
  readI16 = (a: number) => this.view(a, 2).getInt16(0, true);
  readU32 = (a: number) => this.view(a, 4).getUint32(0, true);
  readI32 = (a: number) => this.view(a, 4).getInt32(0, true);
  readI64 = (a: number) => Number(this.view(a, 8).getBigInt64(0, true));
  readU64 = (a: number) => Number(this.view(a, 8).getBigUint64(0, true));
  readInt64 = (a: number) => fromBig(this.view(a, 8).getBigInt64(0, true));
  readF32 = (a: number) => this.view(a, 4).getFloat32(0, true);
  readF64 = (a: number) => this.view(a, 8).getFloat64(0, true);
  writeU8 = (a: number, v: number) => this.writable(a, 1).setUint8(0, v & 0xff);
  writeU16 = (a: number, v: number) => this.writable(a, 2).setUint16(0, v & 0xffff, true);
  writeU32 = (a: number, v: number) => this.writable(a, 4).setUint32(0, v >>> 0, true);
  writeI64 = (a: number, v: number) => this.writable(a, 8).setBigInt64(0, BigInt(Math.trunc(v)), true);
  writeInt64 = (a: number, v: I64) => this.writable(a, 8).setBigInt64(0, toBig(v), true);
  writeF32 = (a: number, v: number) => this.writable(a, 4).setFloat32(0, v, true);
  writeF64 = (a: number, v: number) => this.writable(a, 8).setFloat64(0, v, true);
  readBytes = (a: number, n: number) => this.bytes.slice(this.at(a, n), this.at(a, n) + n);
  writeBytes = (a: number, b: Uint8Array) => {
    if (b.length > 0) this.writable(a, b.length);
    this.bytes.set(b, this.at(a, b.length));
  };
  objectAt = (a: number) => this.objects.find((o) => a >= o.start && a < o.start + Math.max(o.size, 1));
  alloc = (size: number, name: string) => this.define(name, size);
  free = (a: number) => {
    const i = this.objects.findIndex((o) => o.start === a);
    if (i >= 0) this.objects.splice(i, 1);
  };
}

export interface TestContext extends NativeContext {
  readonly mem: TestMemory;
  /** Everything written to the console. */
  output: string;
  input: string | undefined;
  /** The optional extension streams.ts reads: no more input after `input`. */
  consoleInputEnded: boolean;
  kernelState: KernelState;
  readonly calls: ApiCallRecord[];
  /** The C runtime's buffers of redirected standard streams, as the world keeps them. */
  std: StdBuffers;
}

/** A context over a fresh TestMemory; `kernel` is given for tests that call Win32 bindings. */
export function testContext(
  options: { pid?: number; input?: string; kernel?: KernelState; mem?: TestMemory; world?: TestWorld } = {},
): TestContext {
  const world = options.world;
  const ctx: TestContext = {
    mem: options.mem ?? new TestMemory(),
    pid: options.pid ?? 4,
    output: '',
    input: options.input,
    consoleInputEnded: false,
    kernelState: options.kernel ?? ({} as KernelState),
    calls: [],
    std: {
      stdout: new Uint8Array(0),
      stderr: new Uint8Array(0),
      stdin: new Uint8Array(0),
      stdinEnded: false,
    },
    get stdBuffers() {
      return ctx.std;
    },
    setStdBuffers(b) {
      ctx.std = b;
    },
    get kernel() {
      return world?.kernel ?? ctx.kernelState;
    },
    syscall(request: SyscallRequest): KernelOutcome {
      const step = syscall(ctx.kernel, asPid(ctx.pid), request as never);
      if (world !== undefined) world.kernel = step.state;
      else ctx.kernelState = step.state;
      return step.outcome as KernelOutcome;
    },
    writeConsole(text) {
      ctx.output += text;
    },
    get consoleInput() {
      return ctx.input;
    },
    consumeConsoleInput(n) {
      ctx.input = (ctx.input ?? '').slice(n);
    },
    recordApiCall(call) {
      ctx.calls.push(call);
    },
  };
  return ctx;
}

/** Several processes over one real kernel, each with its own TestMemory and context. */
export class TestWorld {
  kernel: KernelState;
  constructor(images: readonly string[]) {
    this.kernel = createKernel({ images });
  }
  /** Starts a top-level process (as from a console) and returns its context. */
  launch(commandLine: string, input?: string): TestContext {
    const r = launchProcess(this.kernel, { commandLine });
    this.kernel = r.state;
    return this.attach(r.pid, input);
  }
  /** A context for a process the kernel already has (a child made by CreateProcess). */
  attach(pid: number, input?: string): TestContext {
    return testContext({ pid, world: this, ...(input === undefined ? {} : { input }) });
  }
  /** Completions of pending calls that can finish now (after `ms` of virtual time if given). */
  poll(ms?: number): readonly PendingCompletion[] {
    const r = ms === undefined ? pollBlocked(this.kernel) : advanceClock(this.kernel, ms);
    this.kernel = r.state;
    return r.completions;
  }
}

/** Calls a native by name. */
export function callNative(
  ctx: NativeContext,
  name: string,
  args: readonly CValue[],
  kinds: readonly VarargKind[] = [],
): NativeOutcome {
  const native = NATIVES[name];
  if (native === undefined) throw new Error(`no native ${name}`);
  return native.call(ctx, args, kinds);
}

/** Calls a native that must return a value, and returns it. */
export function callValue(
  ctx: NativeContext,
  name: string,
  args: readonly CValue[],
  kinds: readonly VarargKind[] = [],
): number {
  const r = callNative(ctx, name, args, kinds);
  if (r.kind !== 'value') throw new Error(`${name} came to ${JSON.stringify(r)}`);
  return Number(r.value);
}
