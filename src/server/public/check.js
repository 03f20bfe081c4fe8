// The Check page's small progressive enhancements: a "paste" button where the clipboard can be read,
// the share link selected on focus, and focus moved to a fresh result so screen readers announce it.
(function () {
  var paste = document.getElementById('paste');
  if (paste && navigator.clipboard && navigator.clipboard.readText) {
    paste.hidden = false;
    paste.addEventListener('click', function () {
      var target = document.getElementById(paste.getAttribute('data-target'));
      navigator.clipboard.readText().then(function (text) {
        if (target) {
          target.value = text;
          target.focus();
        }
      }, function () {
        if (target) target.focus();
      });
    });
  }
  document.addEventListener('focusin', function (e) {
    if (e.target && e.target.id === 'share-url') e.target.select();
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    var r = document.getElementById('check-result');
    if (r && e.target && (e.target.id === 'result' || e.target.contains(r))) r.focus();
  });
})();
