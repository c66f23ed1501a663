// Entry of the team-lead dashboard (served at /dashboard by src/stats/dashboard/server/routes.ts).
import { render } from 'preact';
import uplotCss from 'uplot/dist/uPlot.min.css';
import { App } from './components/App';
import { createStore, StoreContext } from './store';
import styles from './styles.css';

const style = document.createElement('style');
style.textContent = `${uplotCss}\n${styles}`;
document.head.append(style);

const store = createStore();
render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
void store.start();
