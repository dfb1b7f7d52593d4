import { startTransition, useEffect, useRef, useState } from 'react';
import { usePrinted } from './usePrinted';

/**
 * Charts take turns to draw, one per task, in the order they ask: a page of
 * charts drawn by Recharts in one go is one long task on a phone (half a second
 * at 4x CPU for a body's trends); one chart at a time, each task stays short and
 * the page answers in between. The next turn is given from a new task once the
 * chart before has committed. Printing draws every chart at once.
 */
const waiting: (() => void)[] = [];
let busy = false;

function next() {
  const grant = waiting.shift();
  busy = grant !== undefined;
  grant?.();
}

const passOn = () => setTimeout(next, 0);

/** Whether this chart may draw now; `wanted` false (not measured, not near the screen) keeps it out of the queue. */
export function useDrawTurn(wanted: boolean): boolean {
  const [turn, setTurn] = useState(false);
  const state = useRef<'waiting' | 'granted' | 'done'>('waiting');
  const printed = usePrinted();
  useEffect(() => {
    if (!wanted || state.current !== 'waiting') return;
    const grant = () => {
      state.current = 'granted';
      startTransition(() => setTurn(true));
    };
    waiting.push(grant);
    // The first turn at once: its drawing is a transition, rendered in a task of its own.
    if (!busy) next();
    return () => {
      const i = waiting.indexOf(grant);
      if (i >= 0) waiting.splice(i, 1);
    };
  }, [wanted]);
  // Drawn and committed: the next chart's turn, from a new task.
  useEffect(() => {
    if (turn && state.current === 'granted') {
      state.current = 'done';
      passOn();
    }
  }, [turn]);
  // Gone before it drew: its turn passes on.
  useEffect(
    () => () => {
      if (state.current === 'granted') {
        state.current = 'done';
        passOn();
      }
    },
    [],
  );
  return turn || printed;
}
