// Campaign pages in the browser: copy buttons, the live deadline countdown, the progress chart.
(function () {
  'use strict';

  document.addEventListener('click', function (ev) {
    var btn = ev.target instanceof Element ? ev.target.closest('[data-copy]') : null;
    if (!btn) return;
    var el = document.getElementById(btn.getAttribute('data-copy'));
    if (!el) return;
    var text = 'value' in el ? el.value : el.textContent;
    var done = function () {
      var label = btn.textContent;
      btn.textContent = btn.getAttribute('data-done') || label;
      btn.setAttribute('data-copied', 'true');
      setTimeout(function () { btn.textContent = label; }, 2000);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        if ('select' in el) { el.select(); document.execCommand('copy'); done(); }
      });
    } else if ('select' in el) {
      el.select();
      document.execCommand('copy');
      done();
    }
  });

  function fill(tpl, vars) {
    return tpl.replace(/\{(\w+)\}/g, function (_m, k) { return k in vars ? String(vars[k]) : ''; });
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var diff = Date.parse(el.getAttribute('data-deadline')) - now;
      var abs = Math.abs(diff);
      var span = fill(el.getAttribute('data-span') || '', {
        d: Math.floor(abs / 86400000),
        h: Math.floor((abs % 86400000) / 3600000),
        m: Math.floor((abs % 3600000) / 60000),
      });
      el.textContent = fill(el.getAttribute(diff < 0 ? 'data-overdue' : 'data-left') || '', { span: span });
      el.classList.toggle('warn', diff < 0);
    });
  }
  setInterval(tick, 30000);

  function chart() {
    var canvas = document.getElementById('progress-chart');
    if (!canvas || typeof window.Chart !== 'function') return;
    var d = JSON.parse(canvas.getAttribute('data-chart'));
    var deadlineIndex = d.labels.indexOf(d.deadlineDay);
    new window.Chart(canvas, {
      data: {
        labels: d.labels,
        datasets: [
          { type: 'line', label: d.names.institutions, data: d.institutions, borderColor: '#0b5cab', backgroundColor: '#0b5cab', tension: 0, stepped: true },
          { type: 'line', label: d.names.target, data: d.labels.map(function () { return d.total; }), borderColor: '#8a94a6', borderDash: [6, 4], pointRadius: 0 },
          { type: 'bar', label: d.names.deadline, data: d.labels.map(function (_l, i) { return i === deadlineIndex ? d.total : null; }), backgroundColor: 'rgba(179,38,30,0.35)', barPercentage: 0.15 },
        ],
      },
      options: { animation: false, scales: { y: { beginAtZero: true, suggestedMax: d.total, ticks: { precision: 0 } } } },
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', chart);
  else chart();
})();
