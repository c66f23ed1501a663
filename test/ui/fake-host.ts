// A DraftHost for panel tests: an in-memory draft, recorded inserts, and switchable failures.
import type { Language, Suggestion } from '../../src/core/types';
import type { DraftHost, DraftSnapshot, InsertResult } from '../../src/ui/host';

export class FakeHost implements DraftHost {
  readonly kind = 'outlook';
  draft: DraftSnapshot;
  language: Language = 'de';
  readError: Error | null = null;
  insertError: Error | null = null;
  insertMode: InsertResult['mode'] = 'replaced';
  readonly inserted: Suggestion[] = [];
  reads = 0;
  private readonly listeners = new Set<() => void>();

  constructor(body: string) {
    this.draft = { subject: 'Angebot', body, format: 'text' };
  }

  displayLanguage(): Language {
    return this.language;
  }

  async read(): Promise<DraftSnapshot> {
    this.reads++;
    if (this.readError) throw this.readError;
    return this.draft;
  }

  async insert(suggestion: Suggestion): Promise<InsertResult> {
    if (this.insertError) throw this.insertError;
    this.inserted.push(suggestion);
    return { mode: this.insertMode };
  }

  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  /** The rep edits the draft: the host notifies, the panel is expected to debounce and re-read. */
  type(body: string) {
    this.draft = { ...this.draft, body };
    for (const listener of this.listeners) listener();
  }

  get listenerCount() {
    return this.listeners.size;
  }
}
