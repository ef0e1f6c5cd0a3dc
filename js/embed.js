// An embed page (/nhung/<id>): loads the late stylesheet (the look of a
// mark's details, which no first paint needs), and tells the page that
// frames it how tall it is, on load and whenever that changes (details
// opened, the frame made narrower), so that the frame fits: the code under
// "Nhúng" listens for this message. Sent to any parent: the height is no secret.
(function () {
  var root = document.getElementById('app');
  var content = document.querySelector('main');
  if (!root || !content) return;
  var late = root.getAttribute('data-late');
  if (late) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: late }));
  if (window.parent === window) return;
  var told = 0;
  // The chart's own height (the root is at least as tall as the frame).
  function tell() {
    var height = Math.ceil(content.getBoundingClientRect().bottom + window.scrollY);
    if (height === told) return;
    told = height;
    window.parent.postMessage({ type: 'tinso:height', height: height }, '*');
  }
  if (window.ResizeObserver) new ResizeObserver(tell).observe(content);
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  tell();
}());
