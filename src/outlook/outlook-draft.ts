// The Outlook host adapter: the draft being composed, behind the small promise API the shared panel
// uses (DraftHost). The panel never calls Office.js itself; every failed Office call becomes a
// HostError with a friendly state.
import { plainTextToHtml, replaceNewText, splitForInsert } from '../core/insert';
import type { BodyFormat, Language, Person, Suggestion } from '../core/types';
import { type DraftHost, type DraftSnapshot, HostError, type InsertResult } from '../ui/host';
import { officeCall } from './office-call';
import { languageOf } from './settings';

export type ComposeType = 'newMail' | 'reply' | 'forward' | 'unknown';

export interface OutlookDraftOptions {
  /** How often the visible pane looks for edits (Outlook has no body-changed event). */
  pollMs?: number;
}

/** "Re:", "AW:", "Fwd:", "WG:" …: how a reply or forward looks when the client cannot say (Mailbox < 1.10). */
const REPLY_OR_FORWARD_SUBJECT = /^\s*(re|aw|antw|fw|fwd|wg|tr|sv|vs)\s*:/i;

export class OutlookDraft implements DraftHost {
  readonly kind = 'outlook' as const;
  private readonly pollMs: number;

  constructor(
    private readonly office: typeof Office,
    options: OutlookDraftOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1500;
  }

  displayLanguage(): Language {
    return languageOf(this.office.context.displayLanguage);
  }

  async read(): Promise<DraftSnapshot> {
    const item = this.item();
    const format = await this.bodyFormat(item);
    const [subject, body, to] = await Promise.all([
      officeCall<string>((done) => item.subject.getAsync(done), 'read-failed'),
      this.body(item, format),
      this.recipients(item),
    ]);
    return { subject, body, format, from: this.sender(), to, locale: this.office.context.displayLanguage };
  }

  /** Replaces only the rep's new text; the signature and the quoted thread stay byte for byte.
   *  Where that cannot be done safely, inserts at the cursor instead and says so. */
  async insert(suggestion: Suggestion): Promise<InsertResult> {
    const item = this.item();
    const format = await this.bodyFormat(item);
    const body = await this.body(item, format);
    const replacement =
      format === 'html' ? (suggestion.html ?? plainTextToHtml(suggestion.text)) : suggestion.text;
    const split = splitForInsert(body, format);
    if (await this.canReplace(item, split.keptPart)) {
      const replaced = replaceNewText(body, format, replacement);
      // Belt and braces: only a body that still ends with the kept signature and thread is written.
      if (replaced.endsWith(split.keptPart)) {
        try {
          const options = { coercionType: this.coercion(format), ...this.bodyMode() };
          await officeCall<void>((done) => item.body.setAsync(replaced, options, done), 'write-failed');
          return { mode: 'replaced' };
        } catch {
          // The body is untouched when setAsync fails; the cursor insert below is the safe fallback.
        }
      }
    }
    await officeCall<void>(
      (done) => item.body.setSelectedDataAsync(replacement, { coercionType: this.coercion(format) }, done),
      'write-failed',
    );
    return { mode: 'inserted-at-cursor' };
  }

  /** Replacing is safe when zoning found where the signature or thread begins. Without that boundary
   *  it is safe only in a new email: in a reply or forward the thread is there but was not recognised,
   *  and replacing "everything" would delete it. */
  private async canReplace(item: Office.MessageCompose, keptPart: string): Promise<boolean> {
    if (keptPart.length > 0) return true;
    const composeType = await this.composeType();
    if (composeType !== 'unknown') return composeType === 'newMail';
    const subject = await officeCall<string>((done) => item.subject.getAsync(done), 'read-failed').catch(
      () => '',
    );
    return !REPLY_OR_FORWARD_SUBJECT.test(subject);
  }

  async composeType(): Promise<ComposeType> {
    const item = this.item();
    if (typeof item.getComposeTypeAsync !== 'function') return 'unknown';
    try {
      const result = await officeCall<{ composeType: string }>(
        (done) => item.getComposeTypeAsync(done),
        'read-failed',
      );
      const type = result.composeType;
      return type === 'newMail' || type === 'reply' || type === 'forward' ? type : 'unknown';
    } catch {
      return 'unknown';
    }
  }

  /** Polls while the pane is visible (there is no body-changed event) and listens for the pinned
   *  pane switching drafts (ItemChanged) and for recipient edits (RecipientsChanged). */
  onChange(callback: () => void): () => void {
    const mailbox = this.office.context.mailbox;
    const recipientsChanged = this.office.EventType.RecipientsChanged;
    let lastSeen: string | undefined;
    let watchedItem: Office.MessageCompose | undefined;
    let stopped = false;

    const watchRecipients = () => {
      watchedItem = mailbox.item as Office.MessageCompose | undefined;
      watchedItem?.addHandlerAsync?.(recipientsChanged, callback);
    };
    const onItemChanged = () => {
      watchedItem = undefined;
      lastSeen = undefined;
      watchRecipients();
      callback();
    };
    const poll = async () => {
      if (stopped || isHidden()) return;
      try {
        const item = this.item();
        const format = await this.bodyFormat(item);
        const seen = `${format}\u0000${await this.body(item, format)}`;
        if (stopped) return;
        if (lastSeen !== undefined && seen !== lastSeen) callback();
        lastSeen = seen;
      } catch {
        // A failed poll is not a change; the panel's own read reports real failures.
      }
    };

    watchRecipients();
    mailbox.addHandlerAsync?.(this.office.EventType.ItemChanged, onItemChanged);
    const timer = setInterval(poll, this.pollMs);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
      watchedItem?.removeHandlerAsync?.(recipientsChanged);
      mailbox.removeHandlerAsync?.(this.office.EventType.ItemChanged);
    };
  }

  private item(): Office.MessageCompose {
    const item = this.office.context.mailbox?.item as Office.MessageCompose | null | undefined;
    // Read mode has no writable body; the pinned pane can land on a read item or on nothing.
    if (!item || typeof item.body?.setAsync !== 'function') {
      throw new HostError('not-in-host', 'No email is being composed.');
    }
    return item;
  }

  private async bodyFormat(item: Office.MessageCompose): Promise<BodyFormat> {
    const type = await officeCall<Office.CoercionType>((done) => item.body.getTypeAsync(done), 'read-failed');
    return type === this.office.CoercionType.Html ? 'html' : 'text';
  }

  private body(item: Office.MessageCompose, format: BodyFormat): Promise<string> {
    return officeCall<string>(
      (done) => item.body.getAsync(this.coercion(format), this.bodyMode(), done),
      'read-failed',
    );
  }

  /** The whole body with the thread (web, new Outlook): the engine reads the thread for context, and
   *  insert writes it back unchanged. Older clients lack the option and always use the whole body. */
  private bodyMode(): { bodyMode?: Office.MailboxEnums.BodyMode } {
    const fullBody = this.office.MailboxEnums?.BodyMode?.FullBody;
    return fullBody === undefined ? {} : { bodyMode: fullBody };
  }

  private coercion(format: BodyFormat): Office.CoercionType {
    return format === 'html' ? this.office.CoercionType.Html : this.office.CoercionType.Text;
  }

  private async recipients(item: Office.MessageCompose): Promise<Person[]> {
    try {
      const to = await officeCall<Office.EmailAddressDetails[]>(
        (done) => item.to.getAsync(done),
        'read-failed',
      );
      return to.map((r) => ({ name: r.displayName || undefined, email: r.emailAddress || undefined }));
    } catch {
      // The recipients only improve the greeting in suggestions; the check works without them.
      return [];
    }
  }

  private sender(): Person | undefined {
    const profile = this.office.context.mailbox?.userProfile;
    return profile
      ? { name: profile.displayName || undefined, email: profile.emailAddress || undefined }
      : undefined;
  }
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}
