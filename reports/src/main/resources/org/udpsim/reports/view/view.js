/*
 * udpsim view: plays a run (or a comparison of runs, on one clock) from the JSON object in
 * <script id="udpsim-run">. Times are integer nanoseconds. Everything a run wrote is shown as text (textContent),
 * never as markup. window.udpsimView.load(data) plays another object of the same shape.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var SPEEDS = [0.001, 0.01, 0.1, 0.25, 0.5, 1, 2, 5, 10, 100];
  var SPEED_NAMES = ['1/1000×', '1/100×', '1/10×', '1/4×', '1/2×', '1×', '2×', '5×', '10×', '100×'];
  var W = 1000;
  var BOX_W = 92, BOX_H = 40, ROW_H = 26;
  /** The most lines a board's console shows: the last ones printed by the time shown (the rest are in its file). */
  var CONSOLE_LINES = 500;

  var data, words, runs = [], duration = 0, times = [];
  var now = 0, playing = false, speed = 1, lastFrame = null, selected = null;

  function el(tag, attrs, parent, ns) {
    var e = ns ? document.createElementNS(SVG, tag) : document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function svg(tag, attrs, parent) { return el(tag, attrs, parent, true); }

  /** A label with its %s (or %1$s) arguments filled in. */
  function word(key) {
    var s = words[key] === undefined ? key : words[key];
    var args = Array.prototype.slice.call(arguments, 1), i = 0;
    return s.replace(/%(?:(\d+)\$)?s/g, function (m, n) { return String(n ? args[n - 1] : args[i++]); });
  }

  function seconds(ns) {
    var s = Math.floor(ns / 1e9), f = String(Math.round(ns - s * 1e9));
    return s + '.' + '000000000'.slice(f.length) + f;
  }

  // ---- the network: routers on top, access points below, stations in rows of ten --------------------------
  function layout(run) {
    var pos = {}, rows = [[], [], []];
    run.nodes.forEach(function (n) {
      rows[n.kind === 'router' ? 0 : n.kind === 'access_point' || n.kind === 'board_ap' ? 1 : 2].push(n);
    });
    var stations = [];
    rows[1].forEach(function (ap) {
      run.links.forEach(function (l) {
        if (l.radio && l.a === ap.name) {
          var n = run.nodes.filter(function (x) { return x.name === l.b; })[0];
          if (n && stations.indexOf(n) < 0) { stations.push(n); }
        }
      });
    });
    rows[2].forEach(function (n) { if (stations.indexOf(n) < 0) { stations.push(n); } });
    var y = 20;
    function place(list, perRow) {
      for (var i = 0; i < list.length; i += perRow) {
        var row = list.slice(i, i + perRow), gap = (W - row.length * BOX_W) / (row.length + 1);
        row.forEach(function (n, k) { pos[n.name] = {x: gap + k * (BOX_W + gap) + BOX_W / 2, y: y + BOX_H / 2, node: n}; });
        y += BOX_H + 70;
      }
    }
    place(rows[0], 8);
    place(rows[1], 8);
    place(stations, 10);
    return {pos: pos, height: Math.max(y - 40, 120)};
  }

  /** Where a place is: a node's centre, or a point along a hop "a->b" (at share f of the way). */
  function where(run, place, f) {
    var arrow = place.indexOf('->');
    if (arrow < 0) { return run.layout.pos[place] || {x: 10, y: 10}; }
    var a = run.layout.pos[place.slice(0, arrow)], b = run.layout.pos[place.slice(arrow + 2)];
    if (!a || !b) { return a || b || {x: 10, y: 10}; }
    f = f === undefined ? 0.5 : f;
    return {x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f};
  }

  /** A trip's way as [time, x, y] points: where it started, each node that passed it on, where it ended. */
  function waypoints(run, p) {
    var pts = [], start = where(run, p.from);
    pts.push([p.t0, start.x, start.y, p.from]);
    p.steps.forEach(function (s) { var q = where(run, s[1]); pts.push([s[0], q.x, q.y, s[1]]); });
    if (p.end !== 'in_flight') {
      var q = where(run, p.at, 0.6);
      pts.push([p.t1, q.x, q.y, p.at]);
    }
    return pts;
  }

  /** The leg of its way a packet is on at time t ("a>b"), or the place it waits at before or after it. */
  function leg(pts, t) {
    for (var i = 1; i < pts.length; i++) {
      if (t <= pts[i][0]) { return t <= pts[0][0] ? pts[0][3] : pts[i - 1][3] + '>' + pts[i][3]; }
    }
    return pts[pts.length - 1][3];
  }

  function at(pts, t) {
    if (t <= pts[0][0]) { return {x: pts[0][1], y: pts[0][2]}; }
    for (var i = 1; i < pts.length; i++) {
      if (t <= pts[i][0]) {
        var a = pts[i - 1], b = pts[i], span = b[0] - a[0], f = span > 0 ? (t - a[0]) / span : 1;
        return {x: a[1] + (b[1] - a[1]) * f, y: a[2] + (b[2] - a[2]) * f};
      }
    }
    var last = pts[pts.length - 1];
    return {x: last[1], y: last[2]};
  }

  // ---- building the page --------------------------------------------------------------------------------
  function buildRun(run, index, parent) {
    var section = el('section', {'class': 'run', 'id': 'run-' + (run.name || index), 'data-run': run.name}, parent);
    if (run.name) { el('h2', null, section).textContent = run.name.toUpperCase(); }
    run.layout = layout(run);
    // the picture's box has the picture's shape and is laid out on its own: moving marks lay out nothing else
    var box = el('div', {'class': 'network-box', style: 'aspect-ratio: ' + W + ' / ' + run.layout.height}, section);
    var net = svg('svg', {'class': 'network', viewBox: '0 0 ' + W + ' ' + run.layout.height, role: 'img'}, box);
    run.links.forEach(function (l) {
      var a = run.layout.pos[l.a], b = run.layout.pos[l.b];
      if (a && b) {
        svg('line', {'class': 'link' + (l.radio ? ' radio' : ''), x1: a.x, y1: a.y, x2: b.x, y2: b.y}, net);
      }
    });
    Object.keys(run.layout.pos).forEach(function (name) {
      var p = run.layout.pos[name];
      var g = svg('g', {'class': 'node', 'data-node': name}, net);
      svg('rect', {'class': 'node', x: p.x - BOX_W / 2, y: p.y - BOX_H / 2, width: BOX_W, height: BOX_H, rx: 6}, g);
      var t = svg('text', {'class': 'name', x: p.x, y: p.y - 3, 'text-anchor': 'middle'}, g);
      t.textContent = name.length > 12 ? name.slice(0, 11) + '…' : name;
      var ip = svg('text', {'class': 'ip', x: p.x, y: p.y + 13, 'text-anchor': 'middle'}, g);
      ip.textContent = p.node.ip;
      if (run.buttons && run.buttons[name]) {
        var badge = svg('g', {'class': 'button-mark', 'data-board': name, display: 'none'}, g);
        svg('circle', {cx: p.x + BOX_W / 2, cy: p.y - BOX_H / 2, r: 11}, badge);
        svg('text', {x: p.x + BOX_W / 2, y: p.y - BOX_H / 2 + 5, 'text-anchor': 'middle'}, badge);
      }
    });
    run.marks = svg('g', {'class': 'marks'}, net);
    run.shown = {};
    run.packets.forEach(function (p) {
      p.pts = waypoints(run, p);
      p.last = p.end === 'in_flight' ? duration : p.t1;
      p.overtook = p.events.some(function (e) { return e[1] === 'reorder'; });
      p.run = run;
    });
    run.byId = {};
    run.packets.forEach(function (p) { run.byId[p.id] = p; });
    // packets come by start time; reach[i]: the latest time any of the first i + 1 can still be drawn (a drop's
    // cross stays up to 2 s), so a frame skips at once the packets that are long gone
    var reach = 0;
    run.reach = run.packets.map(function (p) {
      reach = Math.max(reach, p.end === 'dropped' ? p.last + 2e9 : p.last);
      return reach;
    });
    run.thinned = svg('text', {'class': 'thinned', x: 6, y: 13}, net);
    var boards = el('div', {'class': 'boards'}, section);
    run.boards = [];
    run.nodes.forEach(function (n) {
      var prints = run.prints[n.name], frames = run.frames[n.name], presses = (run.buttons || {})[n.name];
      if (!prints && !frames && !presses) { return; }
      var box = el('div', {'class': 'board', 'data-board': n.name}, boards);
      var h = el('h3', null, box);
      el('span', null, h).textContent = n.name;
      var keys = {};
      if (presses) {
        ['a', 'b'].forEach(function (k) {
          keys[k] = el('span', {'class': 'button', 'data-button': k, title: word('view.button', k.toUpperCase())}, h);
          keys[k].textContent = k.toUpperCase();
        });
      }
      var canvas = el('canvas', {'class': 'oled', width: 128, height: 64}, box);
      var inner = el('div', null, el('pre', {'class': 'console'}, box));
      var earlier = el('span', {'class': 'earlier'}, inner), text = el('span', {'class': 'lines'}, inner);
      run.boards.push({name: n.name, prints: prints || [], frames: frames || [], presses: presses || [], keys: keys,
                       badge: run.marks.parentNode.querySelector('g.button-mark[data-board="' + cssName(n.name) + '"]'),
                       canvas: canvas, text: text, earlier: earlier, frame: null, shown: null, lines: -1, from: 0,
                       down: '', since: 0, until: -1});
    });
  }

  /** A name made safe inside a CSS attribute selector's quotes. */
  function cssName(s) { return s.replace(/["\\]/g, '\\$&'); }

  /** Which buttons of a board are down at time t, from its sorted [time, button, pressed] records: "a", "ab" or "". */
  function buttonsDown(presses, t) {
    var down = {a: false, b: false}, n = countUpTo(presses, t);
    for (var i = 0; i < n; i++) { down[presses[i][1]] = presses[i][2] === 1; }
    return (down.a ? 'a' : '') + (down.b ? 'b' : '');
  }

  /** Each run's dropped packets, for a click on the timeline to find. */
  var timelineDrops = [];

  function buildTimeline() {
    var t = document.getElementById('timeline-svg'), h = runs.length * ROW_H + 4;
    t.setAttribute('viewBox', '0 0 ' + W + ' ' + h);
    t.style.height = (h * 1.4) + 'px';
    function x(ns) { return (duration > 0 ? ns / duration : 0) * W; }
    timelineDrops = runs.map(function (run, r) {
      var y = r * ROW_H + 2;
      if (run.name) { svg('text', {'class': 'row-name', x: 2, y: y + 10}, t).textContent = run.name.toUpperCase(); }
      run.boards.forEach(function (b) {
        b.presses.forEach(function (q) {
          if (q[2] !== 1) { return; }
          var m = svg('g', {'class': 'tick-button', 'data-board': b.name, 'data-button': q[1],
                            transform: 'translate(' + x(q[0]).toFixed(1) + ' ' + (y + 3) + ')'}, t);
          svg('path', {d: 'M0 0l-5 -3h10z'}, m);
          svg('title', null, m).textContent = b.name + ': ' + word('view.ev.button', q[1].toUpperCase());
        });
      });
      return run.packets.filter(function (p) { return p.end === 'dropped'; });
    });
    drawTicks();
    document.getElementById('scrub').max = String(Math.ceil(duration / 1000));
  }

  /**
   * The sent, delivered and dropped marks, drawn on the canvas under the timeline's picture: at most one mark of a
   * kind per pixel column, so a classroom's thousands of packets make one picture, not thousands of elements to
   * draw again every frame. The canvas says how many packets it marked (data-sent, data-delivered, data-dropped).
   */
  function drawTicks() {
    var c = document.getElementById('timeline-ticks'), ratio = window.devicePixelRatio || 1;
    var h = runs.length * ROW_H + 4, style = getComputedStyle(document.documentElement);
    c.width = Math.max(1, Math.round(c.clientWidth * ratio));
    c.height = Math.max(1, Math.round(c.clientHeight * ratio));
    var ctx = c.getContext('2d'), sx = c.width / W, sy = c.height / h, count = {sent: 0, delivered: 0, dropped: 0};
    var kinds = {sent: [0, 8, 1, '--udp'], delivered: [9, 16, 1, '--ok'], dropped: [12, 24, 3, '--lost']};
    ctx.clearRect(0, 0, c.width, c.height);
    runs.forEach(function (run, r) {
      var y = r * ROW_H + 2, drawn = {};
      function tick(kind, ns) {
        var k = kinds[kind], px = Math.round((duration > 0 ? ns / duration : 0) * W * sx);
        count[kind]++;
        if (drawn[kind + px]) { return; }
        drawn[kind + px] = 1;
        ctx.fillStyle = style.getPropertyValue(k[3]).trim();
        ctx.fillRect(px - Math.floor(k[2] * ratio / 2), Math.round((y + k[0]) * sy), Math.max(1, Math.round(k[2] * ratio)),
                     Math.round((k[1] - k[0]) * sy));
      }
      run.packets.forEach(function (p) {
        if (!p.origin || p.origin === p.id) { tick('sent', p.t0); }
        if (p.end === 'delivered') { tick('delivered', p.t1); } else if (p.end === 'dropped') { tick('dropped', p.t1); }
      });
    });
    Object.keys(count).forEach(function (k) { c.setAttribute('data-' + k, String(count[k])); });
  }

  /** A click on the timeline: the drop marked within a few pixels of it, if any, is shown with its panel. */
  function timelineClick(ev) {
    var t = document.getElementById('timeline-svg'), r = t.getBoundingClientRect();
    var at = (ev.clientX - r.left) / r.width * duration, near = 4 / r.width * duration;
    var row = Math.floor((ev.clientY - r.top) / r.height * (runs.length * ROW_H + 4) / ROW_H);
    var best = null;
    (timelineDrops[Math.max(0, Math.min(runs.length - 1, row))] || []).forEach(function (p) {
      var d = Math.abs(p.t1 - at);
      if (d <= near && (!best || d < Math.abs(best.t1 - at))) { best = p; }
    });
    if (best) {
      seek(best.t1);
      select(best);
    } else {
      seek(Math.round(at));
    }
  }

  function eventTimes() {
    var set = {};
    runs.forEach(function (run) {
      run.packets.forEach(function (p) {
        set[p.t0] = 1;
        p.steps.forEach(function (s) { set[s[0]] = 1; });
        if (p.end !== 'in_flight') { set[p.t1] = 1; }
      });
      run.boards.forEach(function (b) {
        b.prints.forEach(function (l) { set[l[0]] = 1; });
        b.frames.forEach(function (f) { set[f[0]] = 1; });
        b.presses.forEach(function (q) { set[q[0]] = 1; });
      });
    });
    return Object.keys(set).map(Number).sort(function (a, b) { return a - b; });
  }

  /** How many of the sorted [time, ...] entries have a time at or before t. */
  function countUpTo(list, t) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid][0] <= t) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  // ---- drawing the current time -------------------------------------------------------------------------
  function linger() { return Math.min(2e9, Math.max(2e6, 1.5e9 * speed)); }

  /**
   * The most packets drawn at once on one leg of their way, and drops at one place, and in all (a flood's hundreds
   * of stations): the latest to get there are drawn, the others counted.
   */
  var MARKS_PER_WAY = 40, MARKS = 200;

  function latestFirst(a, b) { return b.since - a.since || b.id - a.id; }

  /** The first packet that can still be drawn at time t: the packets before it are gone by then. */
  function firstLive(run, t) {
    var lo = 0, hi = run.reach.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (run.reach[mid] < t) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  /**
   * The packets on their way at the time shown, and the drops of the last moments (a drop's cross stays a while,
   * longer at a higher speed), each where it is now. Only the packets that started by now and are not long gone are
   * looked at. On a leg or at a place with more than MARKS_PER_WAY of them (a flood's queue), and beyond MARKS in
   * all, the latest to get there are drawn and the others counted, in words, above the picture.
   */
  function drawPackets(run) {
    var keep = {}, stay = linger(), groups = {}, order = [], hidden = 0;
    for (var i = firstLive(run, now), n = run.packets.length; i < n; i++) {
      var p = run.packets[i];
      if (p.t0 > now) { break; }
      var alive = now <= p.last, dying = p.end === 'dropped' && now > p.last && now <= p.last + stay;
      if (!alive && !dying && !(p.end === 'dropped' && now === p.last)) { continue; }
      var key = p.end === 'dropped' && now >= p.last ? '×' + p.at : leg(p.pts, now);
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(p);
    }
    var drawn = [];
    order.forEach(function (key) {
      var list = groups[key];
      // the latest to arrive: a drop's time, or when the packet set out on this leg
      list.forEach(function (p) { p.since = key.charAt(0) === '×' ? p.last : sinceOnLeg(p); });
      if (list.length > MARKS_PER_WAY) {
        list.sort(latestFirst);
        hidden += list.length - MARKS_PER_WAY;
        list = list.slice(0, MARKS_PER_WAY);
      }
      drawn.push.apply(drawn, list);
    });
    if (drawn.length > MARKS) {
      drawn.sort(latestFirst);
      hidden += drawn.length - MARKS;
      drawn.length = MARKS;
    }
    drawn.forEach(function (p) { keep[p.id] = 1; drawPacket(run, p); });
    Object.keys(run.shown).forEach(function (id) {
      if (!keep[id]) {
        run.labelsChanged = run.labelsChanged || !!run.shown[id].label;
        run.marks.removeChild(run.shown[id]);
        delete run.shown[id];
      }
    });
    if (run.labelsChanged) { thinDropLabels(run); }
    if (run.hidden !== hidden) {
      run.hidden = hidden;
      run.thinned.textContent = hidden ? word('view.thinned', hidden, MARKS_PER_WAY, MARKS) : '';
    }
  }

  /** When the packet reached the start of the leg it is on now. */
  function sinceOnLeg(p) {
    for (var i = p.pts.length - 1; i >= 0; i--) { if (p.pts[i][0] <= now) { return p.pts[i][0]; } }
    return p.t0;
  }

  /** One packet's mark: a moving circle, or a cross with its reason where it was dropped. */
  function drawPacket(run, p) {
    var m = run.shown[p.id];
    if (!m) {
      m = svg('g', {'class': 'packet', 'data-id': p.id}, run.marks);
      m.addEventListener('click', function (ev) { ev.stopPropagation(); select(p); });
      run.shown[p.id] = m;
    }
    var q = at(p.pts, now);
    if (p.end === 'dropped' && now >= p.last) {
      if (m.getAttribute('data-state') !== 'dropped') {
        while (m.firstChild) { m.removeChild(m.firstChild); }
        m.setAttribute('data-state', 'dropped');
        var g = svg('g', {'class': 'drop', 'data-place': p.at, 'data-reason': p.reason || ''}, m);
        svg('path', {d: 'M' + (q.x - 8) + ' ' + (q.y - 8) + 'l16 16m0 -16l-16 16'}, g);
        var t = svg('text', {x: q.x + 11, y: q.y + 4}, g);
        t.textContent = p.why || p.reason || '';
        m.label = {p: p, text: t, x: q.x + 11, y: q.y + 4, w: textWidth(t.textContent)};
        run.labelsChanged = true;
      }
      return;
    }
    var c = m.firstChild;
    if (!c || m.getAttribute('data-state') !== 'moving') {
      while (m.firstChild) { m.removeChild(m.firstChild); }
      m.setAttribute('data-state', 'moving');
      var cls = 'pkt ' + p.proto + (p.origin !== p.id ? ' copy' : '') + (p.overtook ? ' overtook' : '');
      c = svg('circle', {'class': cls, r: 7}, m);
      if (p.overtook) { svg('text', {'class': 'overtook-label'}, m).textContent = word('view.overtook'); }
    }
    c.setAttribute('cx', q.x.toFixed(1));
    c.setAttribute('cy', q.y.toFixed(1));
    if (c.nextSibling) { c.nextSibling.setAttribute('x', (q.x + 9).toFixed(1)); c.nextSibling.setAttribute('y', (q.y - 8).toFixed(1)); }
    c.classList.toggle('selected', selected === p);
  }

  var measure = null;
  /** The width of a drop label's text in the network's units, measured once per text (no page layout). */
  function textWidth(text) {
    if (!measure) {
      measure = {ctx: document.createElement('canvas').getContext('2d'), cache: {}};
      measure.ctx.font = 'bold 12px ' + getComputedStyle(document.body).fontFamily;
    }
    if (measure.cache[text] === undefined) { measure.cache[text] = measure.ctx.measureText(text).width; }
    return measure.cache[text];
  }

  /**
   * Drop labels that would lie on one another are thinned: the earliest drops keep theirs, a later one whose label
   * would overlap a kept label shows its cross alone (its reason is in its panel). Boxes are the text's measured
   * width and the font's height, padded by the white outline the labels are drawn with.
   */
  function thinDropLabels(run) {
    run.labelsChanged = false;
    var labels = [];
    Object.keys(run.shown).forEach(function (id) { if (run.shown[id].label) { labels.push(run.shown[id].label); } });
    labels.sort(function (a, b) { return a.p.t1 - b.p.t1 || a.p.id - b.p.id; });
    var kept = [];
    labels.forEach(function (l) {
      var box = {x0: l.x - 3, x1: l.x + l.w * 1.08 + 3, y0: l.y - 14, y1: l.y + 5};
      var free = kept.every(function (k) { return box.x1 <= k.x0 || k.x1 <= box.x0 || box.y1 <= k.y0 || k.y1 <= box.y0; });
      if (free) { kept.push(box); }
      if (free) { l.text.removeAttribute('display'); } else { l.text.setAttribute('display', 'none'); }
    });
  }

  /** The time of the first of the sorted [time, ...] entries after t, or Infinity. */
  function nextAfter(list, t) {
    var k = countUpTo(list, t);
    return k < list.length ? list[k][0] : Infinity;
  }

  /** The time of the last of the sorted [time, ...] entries at or before t, or -Infinity. */
  function lastBy(list, t) {
    var k = countUpTo(list, t);
    return k > 0 ? list[k - 1][0] : -Infinity;
  }

  /**
   * Each board as it was at the time shown: its OLED, its buttons and its console. A board that shows the same as
   * at the last frame (no frame, line or press between) is not looked at again: a 500-board run changes a few a frame.
   */
  function drawBoards(run) {
    run.boards.forEach(function (b) {
      if (b.since <= now && now < b.until) { return; }
      b.since = Math.max(lastBy(b.frames, now), lastBy(b.prints, now), lastBy(b.presses, now));
      b.until = Math.min(nextAfter(b.frames, now), nextAfter(b.prints, now), nextAfter(b.presses, now));
      var k = countUpTo(b.frames, now), f = k > 0 ? b.frames[k - 1] : null, bitmap = f ? f[2] : -1;
      if (b.frame !== bitmap) {
        b.frame = bitmap;
        drawOled(b.canvas, bitmap < 0 ? null : run.bitmaps[bitmap]);
      }
      var index = f ? String(f[1]) : '';
      if (b.shown !== index) {
        b.shown = index;
        b.canvas.setAttribute('data-frame', index);
      }
      var down = b.presses.length ? buttonsDown(b.presses, now) : '';
      if (down !== b.down) {
        b.down = down;
        Object.keys(b.keys).forEach(function (k) { b.keys[k].classList.toggle('down', down.indexOf(k) >= 0); });
        if (b.badge) {
          b.badge.setAttribute('display', down ? 'inline' : 'none');
          b.badge.lastChild.textContent = down.toUpperCase();
        }
      }
      var n = countUpTo(b.prints, now);
      if (n !== b.lines) { showConsole(b, n); }
    });
  }

  /**
   * A board's console shows the last lines printed by now, at most CONSOLE_LINES of them, each its own block with a
   * line break between (so the text reads as printed): going on adds the new lines and takes the oldest off the
   * top, so a frame lays out only the lines it changed; going back builds it again.
   */
  function showConsole(b, n) {
    var from = Math.max(0, n - CONSOLE_LINES), lines = b.text;
    if (b.lines < 0 || n < b.lines || from >= b.lines) {
      lines.textContent = '';
      b.from = from;
      b.lines = from;
    }
    for (var i = b.lines; i < n; i++) {
      if (lines.firstChild) { lines.appendChild(document.createTextNode('\n')); }
      el('span', {'class': 'line'}, lines).textContent = b.prints[i][1];
    }
    for (; b.from < from; b.from++) {
      lines.removeChild(lines.firstChild);
      if (lines.firstChild && lines.firstChild.nodeType === 3) { lines.removeChild(lines.firstChild); }
    }
    b.lines = n;
    b.earlier.textContent = from > 0 ? word('view.earlier', from) + '\n' : '';
  }

  var bitmapCache = {};
  function drawOled(canvas, base64) {
    var ctx = canvas.getContext('2d'), img = ctx.createImageData(128, 64);
    if (base64) {
      var bits = bitmapCache[base64];
      if (!bits) {
        var raw = atob(base64);
        bits = new Uint8Array(raw.length);
        for (var i = 0; i < raw.length; i++) { bits[i] = raw.charCodeAt(i); }
        bitmapCache[base64] = bits;
      }
      for (var y = 0; y < 64; y++) {
        for (var x = 0; x < 128; x++) {
          var lit = (bits[y * 16 + (x >> 3)] & (0x80 >> (x & 7))) !== 0, o = (y * 128 + x) * 4;
          img.data[o] = img.data[o + 1] = img.data[o + 2] = lit ? 255 : 0;
          img.data[o + 3] = 255;
        }
      }
    } else {
      for (var j = 3; j < img.data.length; j += 4) { img.data[j] = 255; }
    }
    ctx.putImageData(img, 0, 0);
  }

  function draw() {
    var clock = document.getElementById('clock');
    clock.setAttribute('data-t', String(now));
    clock.firstChild.textContent = 't = ' + seconds(now) + ' s';
    var P0 = performance.now();
    runs.forEach(function (run) { drawPackets(run); });
    var P1 = performance.now();
    runs.forEach(function (run) { drawBoards(run); });
    var P2 = performance.now();
    window.__prof = window.__prof || {pk: 0, bd: 0, n: 0};
    window.__prof.pk += P1 - P0; window.__prof.bd += P2 - P1; window.__prof.n++;
    // a share of the track's own width, the timeline's: no layout is read or made
    document.getElementById('timeline-track').style.transform =
        'translateX(' + ((duration > 0 ? now / duration : 0) * 100).toFixed(3) + '%)';
    document.getElementById('scrub').value = String(Math.round(now / 1000));
  }

  // ---- the clock -----------------------------------------------------------------------------------------
  function seek(t) {
    now = Math.max(0, Math.min(duration, Math.round(t)));
    draw();
    if (!playing) { remember(); }
  }

  function remember() {
    var hash = '#t=' + seconds(now);
    try { history.replaceState(null, '', hash); } catch (e) { location.hash = hash; }
  }

  function play() {
    if (now >= duration) { now = 0; }
    playing = true;
    lastFrame = null;
    document.getElementById('play').textContent = '⏸';
    document.getElementById('play').title = word('view.pause');
    requestAnimationFrame(tick);
  }

  function pause() {
    if (!playing) { return; }
    playing = false;
    document.getElementById('play').textContent = '▶';
    document.getElementById('play').title = word('view.play');
    remember();
  }

  function tick(ms) {
    if (!playing) { return; }
    if (lastFrame !== null) {
      now = Math.min(duration, now + Math.round((ms - lastFrame) * 1e6 * speed));
      draw();
    }
    lastFrame = ms;
    if (now >= duration) { pause(); return; }
    requestAnimationFrame(tick);
  }

  function step(forward) {
    pause();
    var lo = 0, hi = times.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (forward ? times[mid] <= now : times[mid] < now) { lo = mid + 1; } else { hi = mid; }
    }
    var t = forward ? times[lo] : times[lo - 1];
    if (t !== undefined) { seek(t); }
  }

  // ---- a packet's panel ----------------------------------------------------------------------------------
  function hex(bytes, from, to) {
    var out = [];
    for (var i = from; i < to; i++) { out.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16)); }
    return out.join(' ');
  }
  function u16(b, o) { return (b[o] << 8) | b[o + 1]; }
  function hex16(v) { return '0x' + ('000' + v.toString(16)).slice(-4); }
  function u32(b, o) { return ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]); }
  function ip4(b, o) { return b[o] + '.' + b[o + 1] + '.' + b[o + 2] + '.' + b[o + 3]; }

  /** TCP's flag bits by name, lowest first, as Wireshark lists them: "SYN, ACK". */
  function flagNames(f) {
    var names = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG', 'ECE', 'CWR', 'AE'], out = [];
    for (var i = 0; i < names.length; i++) { if (f & (1 << i)) { out.push(names[i]); } }
    return out.join(', ');
  }

  /** A TCP header's options from byte from to byte to, by name, and their bytes: "MSS 1440 (020405a0)". */
  function tcpOptions(b, from, to) {
    var out = [], i = from;
    while (i < to) {
      var kind = b[i], len = b[i + 1];
      if (kind === 0) { out.push('EOL'); break; }
      if (kind === 1) { out.push('NOP'); i++; continue; }
      if (!(len >= 2) || i + len > to) { out.push('?'); break; }
      if (kind === 2 && len === 4) { out.push('MSS ' + u16(b, i + 2)); }
      else if (kind === 3 && len === 3) { out.push('WS ' + b[i + 2]); }
      else if (kind === 4) { out.push('SACK_PERM'); }
      else if (kind === 8 && len === 10) { out.push('TS ' + u32(b, i + 2) + ' ' + u32(b, i + 6)); }
      else { out.push('kind ' + kind); }
      i += len;
    }
    return out.join(', ') + ' (' + hex(b, from, to).replace(/ /g, '') + ')';
  }

  function table(parent, caption, rows) {
    var t = el('table', null, parent);
    el('caption', null, t).textContent = caption;
    rows.forEach(function (r) {
      var tr = el('tr', {'data-field': r[0]}, t);
      el('th', null, tr).textContent = r[1];
      el('td', null, tr).textContent = r[2];
    });
  }

  function select(p) {
    selected = p;
    var panel = document.getElementById('packet-panel'), body = document.getElementById('panel-body');
    body.textContent = '';
    panel.hidden = false;
    panel.setAttribute('data-id', p.id);
    panel.setAttribute('data-run', p.run.name);
    el('h2', null, body).textContent = word('view.packet', p.id) + ' · ' + p.proto.toUpperCase()
        + (p.tcp ? ' ' + p.tcp : '') + (p.run.name ? ' (' + p.run.name.toUpperCase() + ')' : '');
    if (p.origin !== p.id) { el('p', null, body).textContent = word('view.copy', p.origin); }
    var origin = p.run.byId[p.origin] || p, b64 = origin.bytes;
    if (b64) {
      var raw = atob(b64), b = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) { b[i] = raw.charCodeAt(i); }
      var ihl = (b[0] & 15) * 4;
      table(body, word('view.ipv4'), [
        ['ip.src', word('view.source'), ip4(b, 12)], ['ip.dst', word('view.destination'), ip4(b, 16)],
        ['ip.ttl', word('view.ttl'), String(b[8])],
        ['ip.id', word('view.identification'), hex16(u16(b, 4)) + ' (' + u16(b, 4) + ')'],
        ['ip.checksum', word('view.headerChecksum'), hex16(u16(b, 10))],
        ['ip.length', word('view.length'), String(u16(b, 2))]]);
      var data = ihl;
      if (b[9] === 17 && b.length >= ihl + 8) {
        table(body, word('view.udp'), [
          ['udp.ports', word('view.ports'), u16(b, ihl) + ' → ' + u16(b, ihl + 2)],
          ['udp.length', word('view.length'), String(u16(b, ihl + 4))],
          ['udp.checksum', word('view.checksum'), hex16(u16(b, ihl + 6))]]);
        data = ihl + 8;
      } else if (b[9] === 6 && b.length >= ihl + 20) {
        var flags = ((b[ihl + 12] & 1) << 8) | b[ihl + 13], thl = (b[ihl + 12] >> 4) * 4;
        var rows = [
          ['tcp.ports', word('view.ports'), u16(b, ihl) + ' → ' + u16(b, ihl + 2)],
          ['tcp.flags', word('view.flags'), hex16(flags) + ' (' + flagNames(flags) + ')'],
          ['tcp.seq', word('view.seq'), String(u32(b, ihl + 4))],
          ['tcp.ack', word('view.ack'), String(u32(b, ihl + 8))],
          ['tcp.window', word('view.window'), String(u16(b, ihl + 14))],
          ['tcp.checksum', word('view.checksum'), hex16(u16(b, ihl + 16))]];
        if (thl > 20) { rows.push(['tcp.options', word('view.options'), tcpOptions(b, ihl + 20, ihl + thl)]); }
        rows.push(['tcp.len', word('view.payloadLength'), String(Math.max(0, Math.min(b.length, u16(b, 2)) - ihl - thl))]);
        table(body, word('view.tcp'), rows);
        data = ihl + thl;
      }
      var end = Math.min(b.length, u16(b, 2));
      el('h3', null, body).textContent = word('view.payload', Math.max(0, end - data));
      el('pre', {'class': 'hex'}, body).textContent = hex(b, data, end);
      var text = '';
      for (var k = data; k < end; k++) { text += b[k] >= 32 && b[k] < 127 ? String.fromCharCode(b[k]) : '·'; }
      el('pre', {'class': 'text'}, body).textContent = text;
    } else {
      el('p', {'class': 'note'}, body).textContent = word('view.noBytes');
    }
    el('h3', null, body).textContent = word('view.fate');
    var ol = el('ol', {'class': 'fate'}, body);
    p.events.forEach(function (e) {
      var li = el('li', {'data-type': e[1]}, ol), what;
      switch (e[1]) {
        case 'enqueue': what = word('view.ev.enqueue', e[2], e[3]); break;
        case 'radio':
          var tries = e[3].split(' ');
          what = word('view.ev.radio', e[2], word(tries[1] === 'ok' ? 'view.radioOk' : 'view.radioLost', tries[0]));
          break;
        case 'drop': what = word('view.ev.drop', e[2], p.why || e[3]); li.className = 'drop'; break;
        case 'copy': what = word('view.ev.copy', e[2], e[3]); break;
        case 'unread': what = word(e[3] === 'socket_closed' ? 'view.ev.unreadClosed' : 'view.ev.unread', e[2]); break;
        default: what = words['view.ev.' + e[1]] ? word('view.ev.' + e[1], e[2], e[3]) : e[1] + ' ' + e[2];
      }
      li.textContent = seconds(e[0]) + ' s  ' + what;
    });
    if (p.end === 'in_flight') { el('li', null, ol).textContent = word('view.inFlight'); }
    draw();
  }

  // ---- start ---------------------------------------------------------------------------------------------
  function load(d) {
    data = d;
    words = d.words;
    runs = d.runs;
    duration = Math.max.apply(null, runs.map(function (r) { return r.duration; }));
    document.documentElement.lang = d.lang;
    document.getElementById('title').textContent = runs[0] ? runs[0].scenario : '';
    document.getElementById('report-link').textContent = word('view.report');
    var notes = document.getElementById('window-notes');
    notes.textContent = '';
    runs.forEach(function (r) {
      if (r.window) {
        el('p', {'class': 'window-note'}, notes).textContent = (r.name ? r.name.toUpperCase() + ': ' : '')
            + word('view.left', r.window.shown, r.window.packets, seconds(r.window.until));
      }
    });
    var main = document.getElementById('runs');
    main.textContent = '';
    runs.forEach(function (r, i) { buildRun(r, i, main); });
    var tl = document.getElementById('timeline-svg');
    while (tl.firstChild) { tl.removeChild(tl.firstChild); }
    buildTimeline();
    times = eventTimes();
    var m = /t=([0-9.]+)/.exec(location.hash);
    now = m ? Math.max(0, Math.min(duration, Math.round(Number(m[1]) * 1e9))) : 0;
    draw();
  }

  function controls() {
    var sel = document.getElementById('speed');
    SPEEDS.forEach(function (s, i) {
      var o = el('option', {value: String(s)}, sel);
      o.textContent = SPEED_NAMES[i];
      if (s === 1) { o.selected = true; }
    });
    sel.addEventListener('change', function () { speed = Number(sel.value); });
    document.getElementById('speed-label').textContent = word('view.speed');
    document.getElementById('timeline-svg').addEventListener('click', timelineClick);
    var scrub = document.getElementById('scrub');
    scrub.addEventListener('input', function () { pause(); seek(Number(scrub.value) * 1000); });
    var redraw = null;
    window.addEventListener('resize', function () {
      if (redraw === null) { redraw = requestAnimationFrame(function () { redraw = null; drawTicks(); }); }
    });
    document.getElementById('play').addEventListener('click', function () { if (playing) { pause(); } else { play(); } });
    document.getElementById('prev').addEventListener('click', function () { step(false); });
    document.getElementById('next').addEventListener('click', function () { step(true); });
    document.getElementById('prev').title = word('view.prev');
    document.getElementById('next').title = word('view.next');
    document.getElementById('play').title = word('view.play');
    document.getElementById('keys').textContent = word('view.keys');
    var close = document.getElementById('panel-close');
    close.textContent = word('view.close');
    close.addEventListener('click', function () { document.getElementById('packet-panel').hidden = true; selected = null; draw(); });
    document.addEventListener('keydown', function (e) {
      if (e.target && (e.target.tagName === 'SELECT' || e.target.tagName === 'INPUT')) { return; }
      if (e.key === ' ') {
        e.preventDefault();
        if (playing) { pause(); } else { play(); }
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        if (e.shiftKey) { pause(); seek(now + (e.key === 'ArrowRight' ? 1e6 : -1e6)); } else { step(e.key === 'ArrowRight'); }
      }
    });
    window.addEventListener('hashchange', function () {
      var m = /t=([0-9.]+)/.exec(location.hash);
      if (m) { pause(); seek(Number(m[1]) * 1e9); }
    });
  }

  var embedded = JSON.parse(document.getElementById('udpsim-run').textContent);
  words = embedded.words;
  controls();
  load(embedded);
  window.udpsimView = {load: load, time: function () { return now; }, seek: seek, play: play, pause: pause,
    /** Draws at most perWay packets on a leg or drops at a place, and inAll in all, from now on (40 and 200). */
    marks: function (perWay, inAll) { MARKS_PER_WAY = perWay; MARKS = inAll; draw(); }};
})();
