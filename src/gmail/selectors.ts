// Every hook into Gmail's DOM, as ordered fallback chains. Gmail ships obfuscated class names that
// change a few times a year, so each chain starts with the most stable, locale-independent hook
// (form field names, ARIA roles, Gmail's own data-* markers) and falls back to class names.
// Never a localized label ("Send", "Message Body", "Senden"): those break for every non-English rep.
// Each chain is tested against the saved compose snapshots in test/fixtures/gmail/.

export interface SelectorChain {
  /** Shown in the one-time console note when every fallback misses. */
  name: string;
  selectors: readonly string[];
}

const chain = (name: string, selectors: readonly string[]): SelectorChain => ({ name, selectors });

export const selectors = {
  /** The compose body editor. */
  editor: chain('editor', [
    // Gmail marks its own rich-text editors with g_editable; no other contenteditable on the page has it.
    'div[g_editable="true"][contenteditable="true"]',
    // The editor's long-lived class names (Am = editor, editable = live body).
    'div.Am.editable[contenteditable="true"]',
    // Plain ARIA: the body is the multi-line textbox of the compose form.
    'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  ]),

  /** The element that holds one whole compose (header fields, body, toolbar), found upwards from the editor. */
  composeRoot: chain('compose root', [
    // The new-message and full-screen composes are ARIA dialogs (one compose per dialog).
    'div[role="dialog"]',
    // Gmail's compose form container, shared by inline replies and pop-out windows.
    'div.M9',
    // Inline replies sit in a table cell wrapper when M9 is missing (older layout).
    'div.ip.iq',
  ]),

  /** The Send button; the first button of the send group, never found by its label. */
  sendButton: chain('send button', [
    // aoO has marked Gmail's Send button since 2013, in every compose kind and language.
    'div[role="button"].aoO',
    // Since 2018 Send and the "more send options" arrow share the dC group; Send comes first.
    '.dC > [role="button"]:first-child',
  ]),

  /** The subject field of a new message (a form field name, the same in every language). */
  subject: chain('subject', [
    'input[name="subjectbox"]',
    // Inline replies keep the subject in a hidden form field.
    'input[name="subject"]',
  ]),

  /** The open conversation's subject heading, for inline replies whose subject field is hidden. */
  conversationSubject: chain('conversation subject', [
    // The subject heading carries Gmail's thread id attribute.
    'h2[data-thread-perm-id]',
    'h2.hP',
  ]),

  /** The sender account of the compose. */
  from: chain('from', ['input[name="from"]']),

  /** Recipients on the To line. */
  toRecipients: chain('recipients', [
    // Hidden form fields Gmail submits, one per recipient, as "Name <address>".
    'input[name="to"]',
    // Recipient chips carry the address in data-hovercard-id and the display name in data-name.
    'div[data-hovercard-id*="@"][data-name]',
    // Older chips: a span with the address in an email attribute.
    '.vR span[email]',
  ]),

  /** Gmail's visible quoted thread inside the editor (replies where the quote is not trimmed). */
  quote: chain('quote', ['.gmail_quote', 'blockquote[type="cite"]']),

  /** The rep's signature inside the editor. */
  signature: chain('signature', ['[data-smartmail="gmail_signature"]', '.gmail_signature']),

  /** Where the rep's new text ends: the first of these inside the editor starts the part we keep. */
  newTextBoundary: chain('new-text boundary', [
    '.gmail_quote',
    'blockquote[type="cite"]',
    // Gmail puts the "-- " line in front of the signature as its own span.
    '.gmail_signature_prefix',
    '[data-smartmail="gmail_signature"]',
    '.gmail_signature',
    // The "…" (show trimmed content) toggle Gmail puts where the hidden quote begins.
    '.ajR',
  ]),

  /** The open conversation around an inline reply. */
  conversation: chain('conversation', ['[role="main"]', 'div.nH.g']),

  /** One message of the open conversation (oldest first on the page). */
  conversationMessage: chain('conversation message', ['div[data-message-id]', 'div.adn']),

  /** A conversation message's sender: a span carrying the address in an email attribute. */
  messageSender: chain('message sender', ['.gD[email]', 'span[email]']),

  /** A conversation message's date; the title attribute holds the full date. */
  messageDate: chain('message date', ['.g3[title]', 'span.g3']),

  /** A conversation message's body (expanded), or its one-line snippet (collapsed). */
  messageBody: chain('message body', ['div.a3s', 'div.ii.gt', 'span.y2']),
} as const;
