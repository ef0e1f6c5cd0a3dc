// Live preview, for editors running scripts/serve: never part of a build to
// deploy. It asks preview.json, beside it, which build of the content is
// served; when a saved change has been rebuilt, the page reloads (the browser
// keeps its scroll position); when the change broke a rule of the data
// format, the page says what is wrong until the next saved change.
(() => {
  const state = new URL('preview.json', document.currentScript.src);
  let seen = null;
  let banner = null;

  function show(problems) {
    if (!banner) {
      banner = document.createElement('div');
      banner.className = 'preview-problems';
      banner.setAttribute('role', 'alert');
      banner.dataset.testid = 'preview-problems';
      // Styled here, property by property (the CSP allows the CSSOM, not
      // style attributes): the site's stylesheet carries nothing of it.
      Object.assign(banner.style, {
        position: 'sticky', top: '0', zIndex: '10', padding: '0.75rem 1rem',
        background: '#fff3cd', color: '#1b1b1b', borderBottom: '2px solid #9f1d20',
      });
      document.body.prepend(banner);
    }
    banner.replaceChildren();
    const heading = document.createElement('p');
    heading.textContent = 'Bản xem trước chưa cập nhật: dữ liệu có lỗi';
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    banner.append(heading, list);
  }

  async function poll() {
    try {
      const response = await fetch(state, { cache: 'no-store' });
      const current = await response.json();
      if (seen === null) {
        seen = current.build;
        if (!current.ok) show(current.problems);
      } else if (current.build !== seen) {
        seen = current.build;
        if (current.ok) {
          location.reload();
          return;
        }
        show(current.problems);
      }
    } catch {
      // The server is restarting or the file is being replaced: ask again.
    }
    setTimeout(poll, 500);
  }
  poll();
})();
