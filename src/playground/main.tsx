// PLACEHOLDER: the UI work replaces this with the shared panel.
import { render } from 'preact';
import { analyze } from '../core';

function Playground() {
  const a = analyze({ subject: '', body: 'just checking in', format: 'text' });
  return <p data-verdict={a.verdict}>{a.verdict}</p>;
}

render(<Playground />, document.getElementById('app')!);
