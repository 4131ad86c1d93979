// Zoom (wheel, +/- keys) and pan (drag) for diagrams; pages work without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".zoom svg").forEach(function (svg) {
    var box = svg.viewBox.baseVal;
    if (!box || !box.width) { return; }
    svg.parentNode.classList.add("js");
    var vb = { x: box.x, y: box.y, w: box.width, h: box.height };
    function apply() { svg.setAttribute("viewBox", vb.x + " " + vb.y + " " + vb.w + " " + vb.h); }
    function zoom(f, cx, cy) {
      var nw = vb.w * f, nh = vb.h * f;
      vb.x = cx - (cx - vb.x) * f; vb.y = cy - (cy - vb.y) * f; vb.w = nw; vb.h = nh; apply();
    }
    function point(ev) {
      var r = svg.getBoundingClientRect();
      return { x: vb.x + (ev.clientX - r.left) / r.width * vb.w, y: vb.y + (ev.clientY - r.top) / r.height * vb.h };
    }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = point(ev);
      zoom(ev.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
    }, { passive: false });
    var drag = null, moved = false;
    svg.addEventListener("pointerdown", function (ev) { drag = { x: ev.clientX, y: ev.clientY }; moved = false; });
    window.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) { return; }
      var r = svg.getBoundingClientRect();
      var dx = (ev.clientX - drag.x) / r.width * vb.w, dy = (ev.clientY - drag.y) / r.height * vb.h;
      if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) { moved = true; }
      vb.x -= dx; vb.y -= dy; drag = { x: ev.clientX, y: ev.clientY }; apply();
    });
    svg.addEventListener("click", function (ev) { if (moved) { ev.preventDefault(); moved = false; } }, true);
    svg.tabIndex = 0;
    svg.addEventListener("keydown", function (ev) {
      var cx = vb.x + vb.w / 2, cy = vb.y + vb.h / 2;
      if (ev.key === "+" || ev.key === "=") { zoom(0.8, cx, cy); }
      if (ev.key === "-") { zoom(1.25, cx, cy); }
      if (ev.key === "0") { vb = { x: box.x, y: box.y, w: box.width, h: box.height }; apply(); }
    });
  });
});
