import { act } from 'preact/test-utils';

/** Re-checks `condition` until it holds (or throws its last error after `timeoutMs`). */
export async function waitFor(condition: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      condition();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}
