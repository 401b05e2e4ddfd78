/**
 * The running playback controller: the xstate machine bound to the store. `advance` moves the
 * cursor; a cursor move that changes where it stands (at the end or not, how the run ended,
 * waiting for input) is reported back as SYNC so the machine knows when it hit the end. Moves
 * within the run are not reported: they would tell the machine what it knows, at a cost on every
 * step (an xstate transition through the transient settling state).
 */
import { useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import { playbackMachine, samePosition, type PlaybackStateName } from '../machines/playback.ts';
import { selectPosition } from '../store/selectors.ts';
import { appStore } from './app-store.ts';

export const playback = createActor(
  playbackMachine.provide({ actions: { advance: () => appStore.getState().forward() } }),
  { input: { speed: appStore.getState().speed } },
);
playback.start();

appStore.subscribe((s, prev) => {
  if (s.step !== prev.step || s.run !== prev.run) {
    const position = selectPosition(s);
    if (!samePosition(position, playback.getSnapshot().context.position))
      playback.send({ type: 'SYNC', position });
  }
  if (s.speed !== prev.speed) playback.send({ type: 'SET_SPEED', speed: s.speed });
});

function subscribe(onChange: () => void) {
  const sub = playback.subscribe(onChange);
  return () => sub.unsubscribe();
}

const current = () => playback.getSnapshot().value as PlaybackStateName;

export function usePlaybackState(): PlaybackStateName {
  return useSyncExternalStore(subscribe, current, current);
}
