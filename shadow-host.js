// Gives a counsellor's element a Shadow DOM root holding the widget's stylesheet and a mount
// point, so the host site's CSS cannot reach the widget and the widget's CSS cannot leak out.
// Shared by embed.js and the configurator's preview.

/**
 * Attaches the shadow root to `host` and returns the element to mount the widget into, and the
 * stylesheet link (whose `load` event says the widget can be shown without a flash).
 * `base` is the URL of the widget's folder.
 */
export function attachShadowHost(host, base) {
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('widget.css', base).href;
  const root = document.createElement('div');
  root.className = 'mp-host';
  shadow.append(style, root);
  return { root, style };
}
