// The playground's DraftHost: the "draft" is the page's subject field and body textarea.
import { effect } from '@preact/signals';
import type { Language, Suggestion } from '../core/types';
import type { DraftHost, DraftSnapshot, InsertResult } from '../ui/host';
import { replaceNewText } from './replace-new-text';
import type { PlaygroundState } from './state';

export class PlaygroundHost implements DraftHost {
  readonly kind = 'playground';

  constructor(private readonly state: PlaygroundState) {}

  displayLanguage(): Language {
    return this.state.uiLanguage.value;
  }

  async read(): Promise<DraftSnapshot> {
    return {
      subject: this.state.subject.value,
      body: this.state.body.value,
      format: this.state.format.value,
      now: new Date(),
    };
  }

  async insert(suggestion: Suggestion): Promise<InsertResult> {
    const { body, mode } = replaceNewText(await this.read(), suggestion);
    this.state.body.value = body;
    return { mode };
  }

  onChange(callback: () => void): () => void {
    let first = true;
    return effect(() => {
      // Reading the signals subscribes to them; the first run is the subscription itself, not a change.
      void [this.state.subject.value, this.state.body.value, this.state.format.value];
      if (first) first = false;
      else callback();
    });
  }
}
