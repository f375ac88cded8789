// When to analyse a pulled document: immediately when the editor is idle (the latency a
// user feels after a pause), but debounced while edits arrive faster than analysis keeps
// up — recognised by the client cancelling our previous pull for the same document.
import type { CancellationToken } from 'vscode-languageserver';

export function cancellableDelay(ms: number, token: CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) {
      resolve(false);
      return;
    }
    const subscription = token.onCancellationRequested(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(false);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(true);
    }, ms);
  });
}

export class PullScheduler {
  private readonly lastCancelledAt = new Map<string, number>();

  constructor(
    readonly debounceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that a pull for `key` was cancelled: the user is typing faster than we analyse. */
  noteCancelled(key: string): void {
    this.lastCancelledAt.set(key, this.now());
  }

  forget(key: string): void {
    this.lastCancelledAt.delete(key);
  }

  /** Whether the next pull for `key` should wait for a quiet period first. */
  isUnderPressure(key: string): boolean {
    const at = this.lastCancelledAt.get(key);
    return at !== undefined && this.now() - at < this.debounceMs * 2;
  }

  /**
   * Resolves true when the pull may analyse now, false when it was cancelled while waiting.
   * Under pressure it waits one debounce period; a newer edit cancels the wait (the client
   * cancels this pull) and the next pull waits again, so analysis runs once typing pauses.
   */
  async admit(key: string, token: CancellationToken): Promise<boolean> {
    if (!this.isUnderPressure(key)) return !token.isCancellationRequested;
    const waited = await cancellableDelay(this.debounceMs, token);
    if (!waited) this.noteCancelled(key);
    return waited;
  }
}
