// Turns one Office.js callback call into a promise. A failed AsyncResult, or an API that throws
// because the client lacks it, becomes a HostError the panel can show as a friendly state.
// DOM-free: the on-send bundle uses it too.
import { HostError } from '../ui/host';

type FailureCode = HostError['code'];

export function officeCall<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  failure: FailureCode,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        // Office.AsyncResultStatus.Failed is the string "failed"; comparing the string keeps this
        // module independent of the Office global (tests inject a fake).
        if (String(result.status) === 'failed') {
          reject(new HostError(failure, result.error?.message || 'The Outlook call failed.'));
        } else {
          resolve(result.value);
        }
      });
    } catch (error) {
      reject(new HostError(failure, error instanceof Error ? error.message : String(error)));
    }
  });
}
