// Entry of the playground page (dist/web/index.html, served at / by `klarheit serve`).
import { render } from 'preact';
import type { Language } from '../core/types';
import { panelCss } from '../ui/styles';
import { Playground } from './Playground';
import pageCss from './playground.css';
import { createPlaygroundState } from './state';

const uiLanguage: Language = navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';

const style = document.createElement('style');
style.textContent = `${panelCss}\n${pageCss}`;
document.head.appendChild(style);

render(<Playground state={createPlaygroundState(uiLanguage)} />, document.getElementById('app')!);
