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
  var BOX_W = 92, BOX_H = 40;

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
      rows[n.kind === 'router' ? 0 : n.kind === 'access_point' ? 1 : 2].push(n);
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
    pts.push([p.t0, start.x, start.y]);
    p.steps.forEach(function (s) { var q = where(run, s[1]); pts.push([s[0], q.x, q.y]); });
    if (p.end !== 'in_flight') {
      var q = where(run, p.at, 0.6);
      pts.push([p.t1, q.x, q.y]);
    }
    return pts;
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
    var net = svg('svg', {'class': 'network', viewBox: '0 0 ' + W + ' ' + run.layout.height, role: 'img'}, section);
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
    var boards = el('div', {'class': 'boards'}, section);
    run.boards = [];
    run.nodes.forEach(function (n) {
      var prints = run.prints[n.name], frames = run.frames[n.name];
      if (!prints && !frames) { return; }
      var box = el('div', {'class': 'board', 'data-board': n.name}, boards);
      el('h3', null, box).textContent = n.name;
      var canvas = el('canvas', {'class': 'oled', width: 128, height: 64}, box);
      var pre = el('pre', {'class': 'console'}, box);
      run.boards.push({name: n.name, prints: prints || [], frames: frames || [], canvas: canvas, pre: pre,
                       frame: null, lines: -1});
    });
  }

  function buildTimeline() {
    var t = document.getElementById('timeline-svg'), rowH = 26, h = runs.length * rowH + 4;
    t.setAttribute('viewBox', '0 0 ' + W + ' ' + h);
    t.style.height = (h * 1.4) + 'px';
    function x(ns) { return (duration > 0 ? ns / duration : 0) * W; }
    runs.forEach(function (run, r) {
      var y = r * rowH + 2;
      if (run.name) { svg('text', {'class': 'row-name', x: 2, y: y + 10}, t).textContent = run.name.toUpperCase(); }
      run.packets.forEach(function (p) {
        if (!p.origin || p.origin === p.id) {
          svg('line', {'class': 'tick-sent', x1: x(p.t0), x2: x(p.t0), y1: y, y2: y + 8}, t);
        }
        if (p.end === 'delivered') {
          svg('line', {'class': 'tick-delivered', x1: x(p.t1), x2: x(p.t1), y1: y + 9, y2: y + 16}, t);
        } else if (p.end === 'dropped') {
          var d = svg('line', {'class': 'tick-dropped', x1: x(p.t1), x2: x(p.t1), y1: y + 12, y2: y + 24,
                               'data-run': r, 'data-id': p.id}, t);
          d.addEventListener('click', function (ev) { ev.stopPropagation(); seek(p.t1); select(p); });
        }
      });
    });
    t.cursor = svg('line', {'class': 'cursor', x1: 0, x2: 0, y1: 0, y2: h}, t);
    t.addEventListener('click', function (ev) {
      var r = t.getBoundingClientRect();
      seek(Math.round((ev.clientX - r.left) / r.width * duration));
    });
    var scrub = document.getElementById('scrub');
    scrub.max = String(Math.ceil(duration / 1000));
    scrub.addEventListener('input', function () { pause(); seek(Number(scrub.value) * 1000); });
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

  function drawPackets(run) {
    var keep = {}, stay = linger();
    run.packets.forEach(function (p) {
      if (p.t0 > now) { return; }
      var alive = now <= p.last, dying = p.end === 'dropped' && now > p.last && now <= p.last + stay;
      if (!alive && !dying && !(p.end === 'dropped' && now === p.last)) { return; }
      keep[p.id] = 1;
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
    });
    Object.keys(run.shown).forEach(function (id) {
      if (!keep[id]) { run.marks.removeChild(run.shown[id]); delete run.shown[id]; }
    });
  }

  function drawBoards(run) {
    run.boards.forEach(function (b) {
      var k = countUpTo(b.frames, now), f = k > 0 ? b.frames[k - 1] : null, bitmap = f ? f[2] : -1;
      if (b.frame !== bitmap) {
        b.frame = bitmap;
        drawOled(b.canvas, bitmap < 0 ? null : run.bitmaps[bitmap]);
      }
      b.canvas.setAttribute('data-frame', f ? f[1] : '');
      var n = countUpTo(b.prints, now);
      if (n !== b.lines) {
        b.lines = n;
        b.pre.textContent = b.prints.slice(0, n).map(function (l) { return l[1]; }).join('\n');
        b.pre.scrollTop = b.pre.scrollHeight;
      }
    });
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
    clock.textContent = 't = ' + seconds(now) + ' s';
    runs.forEach(function (run) { drawPackets(run); drawBoards(run); });
    var t = document.getElementById('timeline-svg'), x = (duration > 0 ? now / duration : 0) * W;
    t.cursor.setAttribute('x1', x);
    t.cursor.setAttribute('x2', x);
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
  function u32(b, o) { return ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]); }
  function ip4(b, o) { return b[o] + '.' + b[o + 1] + '.' + b[o + 2] + '.' + b[o + 3]; }

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
        ['ip.ttl', word('view.ttl'), String(b[8])], ['ip.id', word('view.identification'), String(u16(b, 4))],
        ['ip.checksum', word('view.headerChecksum'), '0x' + ('000' + u16(b, 10).toString(16)).slice(-4)],
        ['ip.length', word('view.length'), String(u16(b, 2))]]);
      var data = ihl;
      if (b[9] === 17 && b.length >= ihl + 8) {
        table(body, word('view.udp'), [
          ['udp.ports', word('view.ports'), u16(b, ihl) + ' → ' + u16(b, ihl + 2)],
          ['udp.length', word('view.length'), String(u16(b, ihl + 4))],
          ['udp.checksum', word('view.checksum'), '0x' + ('000' + u16(b, ihl + 6).toString(16)).slice(-4)]]);
        data = ihl + 8;
      } else if (b[9] === 6 && b.length >= ihl + 20) {
        table(body, word('view.tcp'), [
          ['tcp.ports', word('view.ports'), u16(b, ihl) + ' → ' + u16(b, ihl + 2)],
          ['tcp.flags', word('view.flags'), p.tcp || ''],
          ['tcp.seq', word('view.seq'), String(u32(b, ihl + 4))],
          ['tcp.ack', word('view.ack'), String(u32(b, ihl + 8))],
          ['tcp.window', word('view.window'), String(u16(b, ihl + 14))]]);
        data = ihl + (b[ihl + 12] >> 4) * 4;
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
        case 'radio': what = word('view.ev.radio', e[2], e[3].replace(' ok', ' ✓').replace(' lost', ' ✗ ' + word('page.lost'))); break;
        case 'drop': what = word('view.ev.drop', e[2], p.why || e[3]); li.className = 'drop'; break;
        case 'copy': what = word('view.ev.copy', e[2], e[3]); break;
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
  window.udpsimView = {load: load, time: function () { return now; }, seek: seek, play: play, pause: pause};
})();
