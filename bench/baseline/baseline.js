// The hand-written baseline's only script: shows one step at a time, counts answers for the review
// and scores each area as the mean resource level of its answered items (0-100), as
// docs/scoring.md describes. No framework: this is the lower bound the widget is measured against.
const steps = [...document.querySelectorAll('form > section')];
const areas = [...document.querySelectorAll('[data-area]')];
let current = 0;

/** Answered and total items of an area, and its score (null below half answered). */
function score(area) {
  const sets = [...area.querySelectorAll('fieldset')];
  const levels = [];
  for (const set of sets) {
    const value = set.querySelector('input:checked')?.value;
    if (value === undefined || value === 'no') continue;
    levels.push(set.dataset.reverse === 'true' ? 4 - value : Number(value));
  }
  const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
  return {
    answered: levels.length,
    total: sets.length,
    value: levels.length * 2 >= sets.length ? Math.round(mean * 25) : null,
  };
}

function fill(step) {
  const title = (area) => area.querySelector('h2').textContent;
  if (step === 'review') {
    const list = document.getElementById('review');
    list.replaceChildren(...areas.map((area) => {
      const { answered, total } = score(area);
      const li = document.createElement('li');
      const counts = list.dataset.text.replace(/\{\s*\$(\w+)\s*\}/g, (_, k) => ({ answered, total })[k]);
      li.textContent = `${title(area)}: ${counts}`;
      return li;
    }));
  } else if (step === 'results') {
    const body = document.getElementById('scores');
    body.replaceChildren(...areas.map((area) => {
      const row = body.insertRow();
      row.insertCell().textContent = title(area);
      const { value } = score(area);
      row.insertCell().textContent = value === null ? body.dataset.unknown : `${value} / 100`;
      return row;
    }));
  }
}

function show(index) {
  steps[current].hidden = true;
  current = Math.max(0, Math.min(index, steps.length - 1));
  const step = steps[current];
  fill(step.dataset.step);
  step.hidden = false;
  step.querySelector('h2').focus();
}

document.addEventListener('click', (event) => {
  const go = event.target.closest('button[data-go]')?.dataset.go;
  if (go === 'next') show(current + 1);
  else if (go === 'back') show(current - 1);
  else if (go === 'restart') {
    document.querySelector('form').reset();
    show(0);
  }
});
