// A visible countdown for the quiz. The server enforces the deadline; without JavaScript the
// page still shows the deadline as a time.
(function () {
  var element = document.querySelector('.countdown');
  if (!element) return;
  var deadline = Date.parse(element.getAttribute('data-deadline'));
  var value = element.querySelector('.countdown-value');
  element.hidden = false;
  function tick() {
    var seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    value.textContent = Math.floor(seconds / 60) + ' phút ' + String(seconds % 60).padStart(2, '0') + ' giây';
    if (seconds > 0) setTimeout(tick, 1000);
  }
  tick();
})();
