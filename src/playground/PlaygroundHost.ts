// The playground's DraftHost: the "draft" is the page's subject field and body textarea.
import { effect } from '@preact/signals';
import { plainTextToHtml, replaceNewText } from '../core/insert';
import type { Language, Suggestion } from '../core/types';
import type { DraftHost, DraftSnapshot, InsertResult } from '../ui/host';
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
    // The textarea is fully ours, so the new text can always be replaced exactly.
    const { body, format } = await this.read();
    const replacement =
      format === 'html' ? (suggestion.html ?? plainTextToHtml(suggestion.text)) : suggestion.text;
    this.state.body.value = replaceNewText(body, format, replacement);
    return { mode: 'replaced' };
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
