/** Small read-only summaries of a state for the UI and the CLI (plain data, no formatting). */
import { bufferedBytes } from './objects/pipe-buffer.ts';
import type { KernelObject } from './objects/types.ts';
import type { KernelState } from './state.ts';

export interface StateSummary {
  readonly now: number;
  readonly processes: readonly {
    readonly pid: number;
    readonly image: string;
    readonly exitCode: number | null;
    readonly blocked: boolean;
    readonly handles: readonly {
      readonly value: number;
      readonly objectId: number;
      readonly inherit: boolean;
    }[];
  }[];
  readonly objects: readonly {
    readonly id: number;
    readonly kind: KernelObject['kind'];
    readonly usageCount: number;
    readonly signaled: boolean;
    /** Bytes waiting in its buffers (messages for a mailslot count their bytes). */
    readonly buffered: number;
  }[];
}

function buffered(o: KernelObject): number {
  if (o.kind === 'mailslot') return o.messages.reduce((n, m) => n + m.length, 0);
  if (o.kind === 'pipe') return bufferedBytes(o.buffer);
  if (o.kind === 'namedPipeInstance') return bufferedBytes(o.toServer) + bufferedBytes(o.toClient);
  return 0;
}

/** Processes in creation order with their handle tables sorted by value; objects by id. */
export function describeState(state: KernelState): StateSummary {
  return {
    now: state.now,
    processes: state.processOrder.map((pid) => {
      const p = state.processes[pid]!;
      const handles = Object.values(p.handles)
        .sort((a, b) => a.value - b.value)
        .map((e) => ({ value: e.value as number, objectId: e.objectId as number, inherit: e.inherit }));
      return {
        pid,
        image: p.image,
        exitCode: p.exitCode,
        blocked: state.pending.some((c) => c.pid === pid),
        handles,
      };
    }),
    objects: Object.values(state.objects)
      .sort((a, b) => a.id - b.id)
      .map((o) => ({
        id: o.id,
        kind: o.kind,
        usageCount: o.usageCount,
        signaled: o.signaled,
        buffered: buffered(o),
      })),
  };
}
