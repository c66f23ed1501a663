// The dialog the on-send check shows for a chaser: why, and three ways on — review it in the panel,
// insert the recommended suggestion, or (in warn mode) send anyway. In the rep's language, in its own
// open shadow root; Escape and the Review button both return to the draft.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Language, Suggestion } from '../core/types';
import { catalogFor } from '../ui/i18n';
import css from './send-check.css';
import { gmailStrings } from './strings';

export interface SendCheckActions {
  review(): void;
  insert(suggestion: Suggestion): Promise<void>;
  /** Absent in block mode. */
  sendAnyway?: () => void;
}

/** Shows the dialog over the page; returns a function that closes it. Only one is ever open. */
export function showSendCheck(
  doc: Document,
  analysis: Analysis,
  language: Language,
  actions: SendCheckActions,
) {
  doc.querySelector('[data-klarheit="send-check"]')?.remove();
  const element = doc.createElement('div');
  element.setAttribute('data-klarheit', 'send-check');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const frame = doc.createElement('div');
  shadow.append(style, frame);
  doc.body.append(element);
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;

  const close = () => {
    render(null, frame);
    element.remove();
  };
  const then = (action: () => void | Promise<void>) => async () => {
    await action();
    close();
  };
  render(
    <SendCheck
      analysis={analysis}
      language={language}
      onReview={then(() => {
        actions.review();
        previousFocus?.focus();
      })}
      onInsert={async (suggestion) => {
        await actions.insert(suggestion);
        close();
      }}
      onSendAnyway={actions.sendAnyway ? then(actions.sendAnyway) : undefined}
    />,
    frame,
  );
  return close;
}

function SendCheck(props: {
  analysis: Analysis;
  language: Language;
  onReview: () => void;
  onInsert: (suggestion: Suggestion) => Promise<void>;
  onSendAnyway?: () => void;
}) {
  const t = gmailStrings(props.language);
  const panelTexts = catalogFor(props.language);
  const recommended = props.analysis.suggestions.find((s) => s.recommended) ?? props.analysis.suggestions[0];
  const finding = props.analysis.findings[0];
  const [failed, setFailed] = useState(false);
  const reviewButton = useRef<HTMLButtonElement>(null);
  useEffect(() => reviewButton.current?.focus(), []);

  const insert = async () => {
    if (!recommended) return;
    try {
      await props.onInsert(recommended);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div class="kg-backdrop">
      <div
        class="kg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kg-send-check-title"
        aria-describedby="kg-send-check-reason"
        data-verdict={props.analysis.verdict}
        lang={props.language}
        onKeyDown={(event) => {
          // Keys pressed in the dialog are ours: Gmail's shortcuts must not act on them.
          event.stopPropagation();
          if (event.key === 'Escape') props.onReview();
        }}
      >
        <h2 id="kg-send-check-title">{t.sendCheckTitle}</h2>
        <p id="kg-send-check-reason">{t.sendCheckReason}</p>
        {finding && (
          <p class="kg-dialog__finding" lang={props.analysis.language}>
            {finding.message}
          </p>
        )}
        {!props.onSendAnyway && <p>{t.sendCheckBlocked}</p>}
        {failed && (
          <p class="kg-dialog__error" role="alert">
            {t.insertFailed}
          </p>
        )}
        <div class="kg-dialog__actions">
          <button type="button" data-action="review" ref={reviewButton} onClick={props.onReview}>
            {t.review}
          </button>
          {recommended && (
            <button
              type="button"
              data-action="insert-recommended"
              data-kind={recommended.kind}
              onClick={insert}
            >
              {t.insertRecommended(panelTexts.suggestionKind[recommended.kind])}
            </button>
          )}
          {props.onSendAnyway && (
            <button type="button" data-action="send-anyway" onClick={props.onSendAnyway}>
              {t.sendAnyway}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
