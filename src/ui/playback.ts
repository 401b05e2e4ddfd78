/**
 * The running playback controller: the xstate machine bound to the store. `advance` moves the
 * cursor; every cursor move is reported back as SYNC so the machine knows when it hit the end.
 */
import { useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import { playbackMachine, type PlaybackEvent, type PlaybackStateName } from '../machines/playback.ts';
import { selectPosition } from '../store/selectors.ts';
import { appStore } from './app-store.ts';

function createPlayback() {
  const actor = createActor(
    playbackMachine.provide({ actions: { advance: () => appStore.getState().forward() } }),
    { input: { speed: appStore.getState().speed } },
  );
  actor.start();
  const now = appStore.getState();
  if (now.run) actor.send({ type: 'SYNC', position: selectPosition(now) });
  appStore.subscribe((s, prev) => {
    if (s.step !== prev.step || s.run !== prev.run) actor.send({ type: 'SYNC', position: selectPosition(s) });
    if (s.speed !== prev.speed) actor.send({ type: 'SET_SPEED', speed: s.speed });
  });
  return actor;
}

let actor: ReturnType<typeof createPlayback> | null = null;
/** The actor, started on first use (by the toolbar's first render), not while the app's modules
 *  are evaluated: that task stays short. */
const running = () => (actor ??= createPlayback());

export const playback = {
  send: (event: PlaybackEvent) => running().send(event),
};

function subscribe(onChange: () => void) {
  const sub = running().subscribe(onChange);
  return () => sub.unsubscribe();
}

const current = () => running().getSnapshot().value as PlaybackStateName;

export function usePlaybackState(): PlaybackStateName {
  return useSyncExternalStore(subscribe, current, current);
}
