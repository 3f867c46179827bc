// Opened from disk (file://), browsers refuse to run the configurator's module script, and the
// page would wait for its preview for ever. This classic script still runs there: it says
// plainly what to do instead.
if (location.protocol === 'file:') {
  document.getElementById('cf-disk').hidden = false;
  document.getElementById('preview-status').textContent =
    'The preview cannot start from your computer. Upload the folder to your website first (see the note at the top of this page).';
}
