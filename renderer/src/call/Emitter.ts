type Listener = (...args: never[]) => void;

/** A tiny typed event emitter; `on` returns the function that unsubscribes. */
export class Emitter<Events extends Record<string, unknown[]>> {
  private readonly listeners = new Map<keyof Events, Set<Listener>>();

  on<E extends keyof Events>(event: E, listener: (...args: Events[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    const stored = listener as unknown as Listener;
    set.add(stored);
    return () => set.delete(stored);
  }

  emit<E extends keyof Events>(event: E, ...args: Events[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as unknown as (...args: Events[E]) => void)(...args);
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
