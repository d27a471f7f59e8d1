// Progressive enhancement only: the form works without this script.
// Adds dropping a file on the zone and a "checking…" state while the server answers.
(function () {
  "use strict";
  var form = document.querySelector("form.check");
  if (!form) { return; }
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector("[data-drop]");
  var status = form.querySelector("[data-status]");
  var button = form.querySelector("button[type=submit]");
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      input.dispatchEvent(new Event("change"));
    }
  });
  form.addEventListener("submit", function () {
    status.textContent = status.getAttribute("data-busy");
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
  });
  window.addEventListener("pageshow", function () {  // back button: usable again
    button.disabled = false;
    form.removeAttribute("aria-busy");
    status.textContent = "";
  });
})();
