// The panel's whole stylesheet as one string: injected into the page or into a shadow root by mountPanel.
import excerpt from './components/excerpt.css';
import findings from './components/findings.css';
import notice from './components/notice.css';
import status from './components/status.css';
import suggestions from './components/suggestions.css';
import verdict from './components/verdict.css';
import base from './panel.css';

export const panelCss = [base, verdict, findings, excerpt, suggestions, notice, status].join('\n');
