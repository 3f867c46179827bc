// For a page that shows the check-in in an iframe: resizes the frame to its content.
//
//   <iframe data-missing-pieces-frame title="Check-in before your first session"
//     src="https://example.org/missing-pieces/?parent=https%3A%2F%2Fyour-site.example"></iframe>
//   <script src="https://example.org/missing-pieces/frame.js"></script>
//
// Only messages from the frame's own origin and window are trusted.
(() => {
  const frames = () => document.querySelectorAll('iframe[data-missing-pieces-frame]');
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
