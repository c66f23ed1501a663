// Puts a panel into a host page: an element in the Outlook task pane, or a shadow root beside a Gmail
// compose (styles isolated both ways). The style goes where the panel lives, once per document or root.
import { render } from 'preact';
import { Panel, type PanelProps } from './Panel';
import { panelCss } from './styles';

export interface MountedPanel {
  /** Re-renders with new props (e.g. changed settings); the panel keeps its state if the host is the same. */
  update(props: PanelProps): void;
  unmount(): void;
}

const STYLE_MARKER = 'data-klarheit-panel-style';

export function mountPanel(container: HTMLElement | ShadowRoot, props: PanelProps): MountedPanel {
  ensureStyle(container);
  // Preact takes over every child of the node it renders into, so the panel gets its own element.
  const mountPoint = document.createElement('div');
  mountPoint.className = 'kh-mount';
  container.appendChild(mountPoint);
  render(<Panel {...props} />, mountPoint);
  return {
    update(next) {
      render(<Panel {...next} />, mountPoint);
    },
    unmount() {
      render(null, mountPoint);
      mountPoint.remove();
    },
  };
}

function ensureStyle(container: HTMLElement | ShadowRoot) {
  const root = container instanceof ShadowRoot ? container : container.getRootNode();
  const target = root instanceof ShadowRoot ? root : (container.ownerDocument ?? document).head;
  if (target.querySelector(`style[${STYLE_MARKER}]`)) return;
  const style = document.createElement('style');
  style.setAttribute(STYLE_MARKER, '');
  style.textContent = panelCss;
  target.appendChild(style);
}
