// The plugin's settings page: a preview of the check-in with the settings in the form, rebuilt as
// the counsellor types (before they save), by the widget itself. Its "Note for the site owner"
// gives the widget's own checks and words; saving checks the same rules again on the server.
// Nothing is sent anywhere.
import { areasSetting, livePreview, questionsSetting } from './widget/live-preview.js';

const form = document.querySelector('.missing-pieces-settings form');
const container = document.getElementById('missing-pieces-preview');
const status = document.getElementById('missing-pieces-preview-status');

if (form && container && status) {
  const option = form.dataset.option;
  /** The widget's data- attribute for each text setting, by the plugin's key (from PHP). */
  const textAttributes = JSON.parse(form.dataset.textAttributes);
  const field = (name) => form.elements.namedItem(`${option}${name}`);
  const text = (name) => {
    const input = field(name);
    return input && 'value' in input ? input.value.replace(/\r\n?/g, '\n').trim() : '';
  };
  const ticked = (name) => Boolean(field(name)?.checked);

  /** The form as the widget's `[data- name, value]` pairs, as the page will give them once saved. */
  const pairs = () => {
    const out = [];
    for (const [key, name] of Object.entries(textAttributes)) {
      const value = text(`[${key}]`);
      if (value) out.push([name, value]);
    }
    const help = [];
    for (let row = 0; field(`[urgent_help][${row}][name]`); row += 1) {
      const entry = {};
      for (const part of ['name', 'phone', 'text', 'url', 'hours']) {
        const value = text(`[urgent_help][${row}][${part}]`);
        if (value) entry[part] = value;
      }
      if (Object.keys(entry).length > 0) help.push(entry);
    }
    if (help.length > 0) out.push(['urgent-help', JSON.stringify(help)]);
    if (!ticked('[reflections]')) out.push(['reflections', 'off']);
    if (!ticked('[offer_saving]')) out.push(['saving', 'off']);
    const areas = areasSetting([...form.querySelectorAll(`input[name="${option}[areas][]"]`)]);
    if (areas) out.push(['areas', areas]);
    const questions = [];
    for (let n = 0; field(`[questions][${n}]`); n += 1) {
      const others = {};
      for (const input of form.querySelectorAll(`input[name^="${option}[question_translations][${n}]["]`)) {
        if (input.value.trim()) others[input.name.match(/\[([\w-]+)\]$/)[1]] = input.value.trim();
      }
      questions.push({ text: text(`[questions][${n}]`), others });
    }
    // As the plugin writes them on a page (missing_pieces_attributes()).
    const own = questionsSetting(questions, text('[language]') || 'en');
    if (own) out.push(['questions', own]);
    return out;
  };

  const preview = livePreview(container, (state) => {
    if (state === 'shown') status.textContent = '';
    if (state === 'failed') status.textContent = container.dataset.failed;
  });
  const update = () => preview.show(pairs());
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}
