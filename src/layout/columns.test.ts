import { describe, expect, it } from 'vitest';
import { planColumns } from './columns.ts';
import type { RunShape, ShapeObject } from './shape.ts';

function shape(pids: number[], objects: ShapeObject[]): RunShape {
  return { pids, maxRows: new Map(), maxVars: new Map(), objects, std: false };
}

const proc = (id: number, pid: number, holders: number[] = []): ShapeObject => ({
  id,
  kind: 'process',
  home: pid,
  holders,
});
const thread = (id: number, pid: number, holders: number[] = []): ShapeObject => ({
  id,
  kind: 'thread',
  home: pid,
  holders,
});
const slot = (id: number, holders: number[]): ShapeObject => ({
  id,
  kind: 'mailslot',
  ...(holders[0] === undefined ? {} : { home: holders[0] }),
  holders,
});

describe('object columns', () => {
  it('puts a process or thread object under the process it stands for, even when only its parent holds it', () => {
    const cols = planColumns(
      shape([4, 12], [proc(1, 4), thread(2, 4), proc(3, 12, [4]), thread(4, 12, [4])]),
    );
    expect(cols).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('puts a shared object with its first holder while the columns are as tall as each other', () => {
    const cols = planColumns(shape([4, 12], [slot(5, [4, 12]), proc(1, 4), proc(3, 12)]));
    expect(cols[0]).toEqual([5, 1]);
  });

  it('puts a shared object under a holder whose column is shorter, and IPC objects above the rest', () => {
    const cols = planColumns(shape([4, 12], [slot(5, [4, 12]), slot(6, [4, 12]), proc(1, 4), proc(3, 12)]));
    expect(cols).toEqual([
      [5, 1],
      [6, 3],
    ]);
  });

  it('gives extra columns only IPC objects', () => {
    const cols = planColumns(shape([4], [slot(5, [4]), proc(1, 4), thread(2, 4)]), 1);
    expect(cols).toEqual([[1, 2], [5]]);
  });

  it('places an object nobody held in the shortest column', () => {
    const cols = planColumns(shape([4, 12], [proc(1, 4), thread(2, 4), slot(7, [])]));
    expect(cols[1]).toEqual([7]);
  });
});
