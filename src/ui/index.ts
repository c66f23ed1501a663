// The shared panel's public surface for hosts (Outlook task pane, Gmail extension, playground).
export type { PanelAction, PanelEvent } from './events';
export { type MountedPanel, mountPanel } from './mount';
export { Panel, type PanelProps } from './Panel';
export { defaultPanelSettings, type PanelSettings, panelSettings } from './settings';
export { panelCss } from './styles';
