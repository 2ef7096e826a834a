/**
 * A restartable one-shot timer that dies with its signal: hover intent and
 * the card's grace period each use one.
 */
export interface Timer {
  /** (Re)starts the timer; an earlier pending call is dropped. */
  start(callback: () => void, delayMs: number): void;
  stop(): void;
  readonly running: boolean;
}

/** A timer that never fires after `signal` aborts. */
export function createTimer(signal: AbortSignal): Timer {
  let id: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(id);
    id = undefined;
  };
  signal.addEventListener('abort', stop, { once: true });

  return {
    start(callback, delayMs) {
      stop();
      if (signal.aborted) return;
      id = setTimeout(() => {
        id = undefined;
        callback();
      }, delayMs);
    },
    stop,
    get running() {
      return id !== undefined;
    },
  };
}
