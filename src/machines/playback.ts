/**
 * The playback controller. Only `playing` owns the ticker (a delayed transition), so leaving it
 * stops the clock. The machine does not know the run: it asks to `advance` (an action the app
 * provides) and learns where the cursor landed from `SYNC` events.
 */
import { assign, setup } from 'xstate';

/** Where the cursor stands, as the app tells the machine after every move. */
export interface Position {
  readonly atEnd: boolean;
  readonly end: 'exited' | 'step-limit' | 'resource-limit' | 'deadlock' | null;
  readonly waitingForInput: boolean;
}

export type PlaybackEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE' }
  | { type: 'SET_SPEED'; speed: number }
  | { type: 'SYNC'; position: Position };

/** Whether two positions say the same: the machine only acts on a position that differs from
 *  the one it knows (a step in the middle of a run tells it nothing new). */
export function samePosition(a: Position, b: Position): boolean {
  return a.atEnd === b.atEnd && a.end === b.end && a.waitingForInput === b.waitingForInput;
}

export interface PlaybackContext {
  /** Steps per second. */
  speed: number;
  position: Position;
}

export const SPEEDS = [1, 2, 4, 8, 16] as const;

const START: Position = { atEnd: false, end: null, waitingForInput: false };

export const playbackMachine = setup({
  types: {} as { context: PlaybackContext; events: PlaybackEvent; input: { speed?: number } | undefined },
  actions: {
    /** Provided by the app: move the cursor one step forward. */
    advance: () => {},
    storePosition: assign({
      position: ({ event, context }) => (event.type === 'SYNC' ? event.position : context.position),
    }),
    storeSpeed: assign({
      speed: ({ event, context }) => (event.type === 'SET_SPEED' ? event.speed : context.speed),
    }),
  },
  guards: {
    deadlocked: ({ context }) => context.position.atEnd && context.position.end === 'deadlock',
    finished: ({ context }) => context.position.atEnd && context.position.end !== null,
    waiting: ({ context }) => context.position.atEnd && context.position.waitingForInput,
    canAdvance: ({ context }) => !context.position.atEnd,
  },
  delays: {
    tick: ({ context }) => Math.round(1000 / Math.max(0.25, context.speed)),
  },
}).createMachine({
  id: 'playback',
  context: ({ input }) => ({ speed: input?.speed ?? 2, position: START }),
  initial: 'paused',
  on: {
    SET_SPEED: { actions: 'storeSpeed' },
  },
  states: {
    paused: {
      on: {
        PLAY: { target: 'playing', guard: 'canAdvance' },
        TOGGLE: { target: 'playing', guard: 'canAdvance' },
        SYNC: { target: 'settling', actions: 'storePosition' },
      },
    },
    playing: {
      after: { tick: { target: 'playing', reenter: true, actions: 'advance' } },
      on: {
        PAUSE: 'paused',
        TOGGLE: 'paused',
        SYNC: { target: 'settlingWhilePlaying', actions: 'storePosition' },
      },
    },
    /** Transient: decide where a paused cursor stands. */
    settling: {
      always: [
        { target: 'deadlocked', guard: 'deadlocked' },
        { target: 'finished', guard: 'finished' },
        { target: 'waitingForInput', guard: 'waiting' },
        { target: 'paused' },
      ],
    },
    /** Transient: keep playing unless the cursor hit the end. */
    settlingWhilePlaying: {
      always: [
        { target: 'deadlocked', guard: 'deadlocked' },
        { target: 'finished', guard: 'finished' },
        { target: 'waitingForInput', guard: 'waiting' },
        { target: 'playing' },
      ],
    },
    waitingForInput: {
      on: { SYNC: { target: 'settling', actions: 'storePosition' } },
    },
    finished: {
      on: { SYNC: { target: 'settling', actions: 'storePosition' } },
    },
    deadlocked: {
      on: { SYNC: { target: 'settling', actions: 'storePosition' } },
    },
  },
});

export type PlaybackStateName = 'paused' | 'playing' | 'waitingForInput' | 'finished' | 'deadlocked';
