/*
 * udpsim serve: the "what if" controls beside the view. The page's data has a `serve` member: the scenario file,
 * the command that reproduces the run shown, the run's number, its words and its controls (places with their netem
 * options and parameters, access points' retries, the seed). Changing a control posts every control's value to
 * /run; the server runs the scenario again and answers with the new data, which the view plays from the moment it
 * showed when the answer came, or with the lines the command line prints for a refused value, leaving the run shown.
 * Everything from the server is shown as text (textContent), never as markup.
 */
(function () {
  'use strict';

  var view = window.udpsimView;
  var first = JSON.parse(document.getElementById('udpsim-run').textContent);
  var serve = first.serve, words = serve.words;
  var inputs = [], asked = 0, answered = 0;

  function el(tag, attrs, parent) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  /** A label with its %s arguments filled in. */
  function word(key) {
    var s = words[key] === undefined ? key : words[key], args = Array.prototype.slice.call(arguments, 1), i = 0;
    return s.replace(/%s/g, function () { return String(args[i++]); });
  }

  /** The milliseconds a time text such as 20ms, 1.5s or 500us stands for, or null. */
  function millis(text) {
    var m = /^([0-9]+(?:\.[0-9]+)?)(us|ms|s)?$/.exec(text.trim());
    if (!m) { return null; }
    var v = Number(m[1]);
    return m[2] === 's' ? v * 1000 : m[2] === 'us' ? v / 1000 : v;
  }

  /** A text input for a value, with a slider for a share (0–100 %) or a time (0–1000 ms) beside it. */
  function control(parent, key, label, value, kind, meaning, choices, placeholder) {
    var row = el('label', {'class': 'what-if-row', title: meaning || ''}, parent);
    el('span', {'class': 'what-if-name'}, row).textContent = label;
    var input;
    if (kind === 'word') {
      input = el('select', {'data-key': key}, row);
      [''].concat(choices).forEach(function (c) {
        var o = el('option', {value: c}, input);
        o.textContent = c || '—';
      });
      input.value = value;
    } else {
      input = el('input', {type: 'text', 'data-key': key, 'data-kind': kind, size: 8, spellcheck: 'false',
                           placeholder: placeholder || ''}, row);
      input.value = value;
    }
    input.addEventListener('change', change);
    inputs.push(input);
    if (kind === 'percent' || kind === 'time') {
      var slider = el('input', {type: 'range', min: 0, max: kind === 'percent' ? 100 : 1000, step: 1,
                                'data-for': key}, row);
      var sync = function () {
        var v = kind === 'percent' ? (/^([0-9.]+)%$/.exec(input.value.trim()) || [])[1] : millis(input.value);
        slider.value = v === undefined || v === null ? 0 : String(v);
      };
      sync();
      input.addEventListener('input', sync);
      slider.addEventListener('input', function () {
        input.value = slider.value + (kind === 'percent' ? '%' : 'ms');
        change();
      });
    }
    return input;
  }

  function build() {
    var aside = el('aside', {id: 'what-if', 'aria-label': word('serve.title')}, document.body);
    el('h2', null, aside).textContent = word('serve.title');
    el('p', {'class': 'note'}, aside).textContent = word('serve.hint');
    var c = serve.controls;
    var top = el('fieldset', {'class': 'what-if-place', 'data-path': 'seed'}, aside);
    control(top, 'seed', word('serve.seed'), c.seed, 'whole', '', []);
    c.retries.forEach(function (r) { control(top, r.key, word('serve.retries', r.ap), r.value, 'whole', '', []); });
    c.places.forEach(function (place) {
      var box = el('fieldset', {'class': 'what-if-place', 'data-path': place.path}, aside);
      el('legend', null, box).textContent = place.title;
      var more = el('details', {'class': 'what-if-more'});
      el('summary', null, more).textContent = word('serve.more');
      place.options.forEach(function (o) {
        o.params.forEach(function (p, i) {
          var name = i === 0 ? o.keyword + (o.form ? ' ' + o.form : '') : o.keyword + ' ' + p.name;
          var meaning = (i === 0 ? o.meaning + (o.note ? ' (' + o.note + '). ' : '. ') : '') + p.meaning;
          control(i === 0 ? box : more, p.key, name, p.value, p.kind, meaning, p.choices, p['default']);
        });
      });
      box.appendChild(more);
    });
    el('p', {id: 'what-if-status', 'class': 'note', role: 'status'}, aside);
    var refused = el('div', {id: 'what-if-refused', role: 'alert', hidden: ''}, aside);
    el('p', null, refused).textContent = word('serve.refused');
    el('pre', {id: 'what-if-refused-lines'}, refused);
    el('p', {'class': 'note'}, aside).textContent = word('serve.command');
    el('pre', {id: 'what-if-command'}, aside).textContent = serve.command;
    aside.setAttribute('data-run', String(serve.run));
    var report = document.getElementById('report-link');
    if (report) { report.hidden = true; }
  }

  function values() {
    var v = {};
    inputs.forEach(function (i) { v[i.getAttribute('data-key')] = i.value; });
    return v;
  }

  function status(text) { document.getElementById('what-if-status').textContent = text; }

  function change() {
    var mine = ++asked, started = performance.now(), aside = document.getElementById('what-if');
    aside.setAttribute('data-state', 'running');
    status(word('serve.running'));
    fetch('/run', {method: 'POST', headers: {'Content-Type': 'application/json'},
                   body: JSON.stringify({values: values()})})
      .then(function (r) {
        if (!r.ok) { return r.text().then(function (t) { throw new Error(r.status + ' ' + t.trim()); }); }
        return r.json();
      })
      .then(function (answer) {
        if (answer.superseded || mine < answered) { return; }
        answered = mine;
        var refused = document.getElementById('what-if-refused');
        if (!answer.ok) {
          document.getElementById('what-if-refused-lines').textContent = answer.refused.join('\n');
          refused.hidden = false;
          aside.setAttribute('data-state', mine === asked ? 'refused' : 'running');
          status('');
          return;
        }
        var at = view.time();
        view.load(answer.data);
        view.seek(at);
        refused.hidden = true;
        var ms = Math.round(performance.now() - started);
        document.getElementById('what-if-command').textContent = answer.data.serve.command;
        aside.setAttribute('data-run', String(answer.data.serve.run));
        aside.setAttribute('data-ms', String(ms));
        aside.setAttribute('data-state', mine === asked ? 'shown' : 'running');
        status(word('serve.shown', answer.data.serve.run, ms));
      })
      .catch(function (e) {
        aside.setAttribute('data-state', 'failed');
        status(word('serve.failed', e.message));
      });
  }

  build();
})();
