// Sends the CSRF token with every htmx request, and asks for confirmation before destructive form posts.
(function () {
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // Marks the navigation link whose address matches the current page most closely.
  document.addEventListener('DOMContentLoaded', function () {
    var path = window.location.pathname;
    var best = null;
    document.querySelectorAll('#main-nav a.nav-link[href]').forEach(function (link) {
      var href = link.getAttribute('href');
      var matches = href === '/' ? path === '/' : (path === href || path.indexOf(href + '/') === 0);
      if (matches && (!best || href.length > best.getAttribute('href').length)) {
        best = link;
      }
    });
    if (best) {
      best.classList.add('active');
      best.setAttribute('aria-current', 'page');
    }
  });
})();
// Bar charts carry their width as data, since the content security policy forbids inline styles.
(function () {
  function sizeBars(root) {
    root.querySelectorAll('[data-width]').forEach(function (bar) {
      bar.style.width = Math.max(0, Math.min(100, Number(bar.getAttribute('data-width')))) + '%';
      if (bar.hasAttribute('data-offset')) {
        bar.style.marginLeft = Math.max(0, Math.min(100, Number(bar.getAttribute('data-offset')))) + '%';
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { sizeBars(document); });
  document.addEventListener('htmx:afterSwap', function (event) { sizeBars(event.target); });
})();
// Radar charts (Chart.js) read their data from a data-radar attribute: levels 0–5 per area.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.Chart) {
    return;
  }
  var colours = [['rgba(108, 117, 125, 0.15)', 'rgb(108, 117, 125)'], ['rgba(13, 110, 253, 0.25)', 'rgb(13, 110, 253)']];
  document.querySelectorAll('canvas[data-radar]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-radar'));
    data.datasets.forEach(function (set, i) {
      set.backgroundColor = colours[i % 2][0];
      set.borderColor = colours[i % 2][1];
      set.pointBackgroundColor = colours[i % 2][1];
      set.borderDash = i === 0 ? [6, 4] : [];
    });
    new window.Chart(canvas, {
      type: 'radar',
      data: data,
      options: {
        animation: false,
        scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
});

// Stacked bar charts (Chart.js) read labels and datasets from a data-stacked attribute: hours per month and category.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.Chart) {
    return;
  }
  var colours = ['rgb(13, 110, 253)', 'rgb(25, 135, 84)', 'rgb(255, 193, 7)', 'rgb(108, 117, 125)', 'rgb(111, 66, 193)'];
  document.querySelectorAll('canvas[data-stacked]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-stacked'));
    data.datasets.forEach(function (set, i) {
      set.backgroundColor = colours[i % colours.length];
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: data,
      options: {
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: canvas.getAttribute('data-unit') || 'hours' } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
});
// Forms that take a wall-clock time send the browser's time zone with it.
document.addEventListener('DOMContentLoaded', function () {
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone) {
    document.querySelectorAll('input[data-browser-zone]').forEach(function (input) { input.value = zone; });
  }
});
