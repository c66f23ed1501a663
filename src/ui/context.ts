import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelStore } from './store';

export const PanelStoreContext = createContext<PanelStore | null>(null);

/** The store of the panel this component is rendered in. */
export function usePanelStore(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('Panel components must be rendered inside <Panel>.');
  return store;
}
