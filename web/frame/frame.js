// For a page that shows the check-in in an iframe: sizes the frame to its content.
//
//   <iframe data-missing-pieces-frame title="Check-in before your first session"
//     allow="clipboard-write" width="100%" height="700"
//     src="https://example.org/missing-pieces/?parent=https%3A%2F%2Fyour-site.example"></iframe>
//   <script src="https://example.org/missing-pieces/frame.js"></script>
//
// Sizes are set through the CSSOM, never a style attribute, so this works under a strict
// Content-Security-Policy on the host page; the width and height attributes are the fallback
// when this script cannot run. Only messages from the frame's own origin and window are trusted.
(() => {
  const frames = () => document.querySelectorAll('iframe[data-missing-pieces-frame]');
  const fit = () => {
    for (const frame of frames()) {
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.style.display = 'block';
    }
  };
  fit();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fit);
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'missing-pieces:height' || typeof data.height !== 'number') return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) continue;
      const height = Math.max(200, Math.min(20000, Math.round(data.height)));
      frame.style.height = `${height}px`;
    }
  });
})();
