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
  document.addEventListener('DOMContentLoaded', function () {
    var current = document.body.getAttribute('data-nav') || '';
    document.querySelectorAll('[data-nav="' + current + '"]').forEach(function (link) {
      link.classList.add('active');
      link.setAttribute('aria-current', 'page');
    });
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
