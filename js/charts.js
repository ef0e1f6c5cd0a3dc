// What a chart does for its reader: a mark's details on hover, keyboard
// focus or tap (a second tap, or Enter, follows its link to the sentence;
// Esc closes), and the data table shown and hidden by its button.
//
// Plain JavaScript, listening on the document, rather than wasm: charts
// work from the first paint, whether the app has started or not, and on
// every chart the page holds, prerendered or drawn later by the app. A
// mark's details are its row of the chart's data table, which the page
// already holds: the name (the row's first two cells), then each further
// cell under its column's name (the source cell as it is), dashes left out.
(function () {
  'use strict';

  // The figure whose details are open, the mark's index, and whether the
  // mouse opened them (then the mouse leaving the chart closes them).
  var open = null;
  // Whether the pressed mark had its details open already (a tap on a
  // closed mark opens it instead of following the link); null: no press.
  var pressedOpen = null;

  function hitOf(target) {
    return target && target.closest ? target.closest('.chart__hit') : null;
  }

  function figureOf(element) {
    return element.closest('figure.chart');
  }

  function indexOf(hit) {
    return Number(hit.getAttribute('data-index'));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The details of mark `index`, from its row of the data table.
  function tipLines(figure, index) {
    var table = figure.querySelector('.chart__table table');
    var row = table && table.tBodies[0] && table.tBodies[0].rows[index];
    if (!row) return null;
    var headers = table.tHead.rows[0].cells;
    var cells = row.cells;
    var lines = [];
    for (var i = 2; i < cells.length; i++) {
      var text = cells[i].textContent;
      if (text === '—') continue;
      var column = headers[i].textContent;
      lines.push(column === 'Nguồn' ? text : column + ': ' + text);
    }
    return { name: cells[0].textContent + ': ' + cells[1].textContent, lines: lines };
  }

  function show(figure, index, byMouse) {
    if (open && (open.figure !== figure || open.index !== index)) hide();
    var hit = figure.querySelector('.chart__hit[data-index="' + index + '"]');
    var place = hit && document.getElementById(hit.getAttribute('aria-describedby'));
    var details = place && tipLines(figure, index);
    if (!details) return;
    open = { figure: figure, index: index, byMouse: !!byMouse };
    var tip = element('div', 'chart__tip');
    // Under the mark, in percent of the chart's height.
    var rect = hit.querySelector('rect');
    var box = hit.ownerSVGElement.viewBox.baseVal;
    var bottom = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'));
    tip.style.top = Math.round((bottom * 100) / Math.max(box.height, 1)) + '%';
    tip.appendChild(element('p', 'chart__tip-name', details.name));
    details.lines.forEach(function (line) { tip.appendChild(element('p', '', line)); });
    if (hit.hasAttribute('href')) {
      tip.appendChild(element('p', 'chart__tip-hint', 'Nhấn Enter hoặc chạm lần nữa để đọc câu này trong bài.'));
    }
    place.replaceChildren(tip);
  }

  function hide() {
    if (!open) return;
    var tip = open.figure.querySelector('.chart__tip');
    if (tip) tip.remove();
    open = null;
  }

  function isMouse(event) {
    return event.pointerType === 'mouse';
  }

  document.addEventListener('pointerover', function (event) {
    if (!isMouse(event)) return;
    var hit = hitOf(event.target);
    if (hit) show(figureOf(hit), indexOf(hit), true);
    else if (open && open.byMouse && !open.figure.querySelector('.chart__plot').contains(event.target)) hide();
  });
  document.addEventListener('pointerout', function (event) {
    // The pointer left the window.
    if (isMouse(event) && !event.relatedTarget && open && open.byMouse) hide();
  });
  document.addEventListener('pointerdown', function (event) {
    var hit = hitOf(event.target);
    pressedOpen = !!(hit && open && open.figure === figureOf(hit) && open.index === indexOf(hit));
  });
  document.addEventListener('click', function (event) {
    // Taken on every click, so a press elsewhere never stops the next Enter.
    var wasOpen = pressedOpen;
    pressedOpen = null;
    var hit = hitOf(event.target);
    if (hit && wasOpen === false) {
      event.preventDefault();
      show(figureOf(hit), indexOf(hit));
      return;
    }
    var button = event.target.closest && event.target.closest('.chart__button[aria-controls]');
    if (button) {
      var table = document.getElementById(button.getAttribute('aria-controls'));
      if (!table) return;
      var expanded = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!expanded));
      table.hidden = expanded;
    }
  });
  document.addEventListener('focusin', function (event) {
    var hit = hitOf(event.target);
    if (hit) show(figureOf(hit), indexOf(hit));
  });
  document.addEventListener('focusout', function (event) {
    if (hitOf(event.target) && !hitOf(event.relatedTarget)) hide();
  });
  // Esc closes the details wherever focus is (hover leaves it elsewhere).
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
}());
