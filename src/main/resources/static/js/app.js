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
    });
  }
  document.addEventListener('DOMContentLoaded', function () { sizeBars(document); });
  document.addEventListener('htmx:afterSwap', function (event) { sizeBars(event.target); });
})();
