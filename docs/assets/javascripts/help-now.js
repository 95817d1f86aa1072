// Help now: the header link opens the urgent numbers in a panel on the page, at once, rather
// than going to the help page. The panel is a copy of the page's own "if a child is in danger"
// box (macros/render.py urgent_help), so the numbers live in the data and the HTML only.
// Without this script, or on a page without the box, the link simply goes to the help page.
(function () {
  var link = document.querySelector("[data-toolkit-help-now]")
  var box = document.querySelector("aside.toolkit-urgent")
  if (!link || !box || typeof HTMLDialogElement !== "function") return
  var dialog

  function build() {
    dialog = document.createElement("dialog")
    dialog.className = "toolkit-help-dialog"
    var close = document.createElement("button")
    close.type = "button"
    close.className = "toolkit-help-dialog__close"
    close.textContent = link.dataset.close
    close.addEventListener("click", function () { dialog.close() })
    var copy = box.cloneNode(true)
    copy.querySelectorAll("[id]").forEach(function (element) { element.removeAttribute("id") })
    copy.querySelectorAll(".toolkit-urgent__sources").forEach(function (element) { element.remove() })
    var title = copy.querySelector(".toolkit-urgent__title")
    title.id = "help-now-title"
    title.tabIndex = -1   // focus lands on the title, so a screen reader starts there
    copy.removeAttribute("aria-labelledby")
    dialog.setAttribute("aria-labelledby", title.id)
    var inner = document.createElement("div")
    inner.className = "toolkit-help-dialog__inner md-typeset"
    inner.append(close, copy)
    dialog.append(inner)
    // A tap on the dimmed page around the panel closes it, as Escape does (the panel's own
    // area is its inner box, so only the backdrop is the dialog itself).
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close()
    })
    dialog.addEventListener("close", function () { link.focus() })
    document.body.append(dialog)
  }

  link.addEventListener("click", function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button) return
    event.preventDefault()
    if (!dialog) build()
    dialog.showModal()
    dialog.querySelector("#help-now-title").focus()
  })
})()
